import Testing

@Test func lessonkitBuilds() { #expect(Bool(true)) }
