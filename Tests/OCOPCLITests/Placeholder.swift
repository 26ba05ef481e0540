import Testing
@Test func placeholderOCOPCLITests() { #expect(Bool(true)) }
