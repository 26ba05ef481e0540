import Testing
@Test func placeholderTemplatingTests() { #expect(Bool(true)) }
