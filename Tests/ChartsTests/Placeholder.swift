import Testing

@Test func chartsBuilds() { #expect(Bool(true)) }
