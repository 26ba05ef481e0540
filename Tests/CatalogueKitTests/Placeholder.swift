import Testing
@Test func placeholderCatalogueKitTests() { #expect(Bool(true)) }
