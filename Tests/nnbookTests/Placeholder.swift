import Testing

@Test func nnbookBuilds() { #expect(Bool(true)) }
