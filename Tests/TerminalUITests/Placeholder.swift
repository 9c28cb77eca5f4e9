import Testing

@Test func terminaluiBuilds() { #expect(Bool(true)) }
