import Testing
@testable import CatalogueKit

@Suite struct ProductDecoderTests {
    /// Decodes a page, returning the front matter (if complete) and every finding.
    private func decode(_ text: String) -> (ProductFrontMatter?, [Diagnostic]) {
        let source = SourceText(path: "p.md", text: text)
        let collector = DiagnosticCollector()
        let page = PageReader.frontMatter(of: source, into: collector)
        return (page?.0, collector.diagnostics)
    }

    /// 1-based scalar column of `needle` in `line`.
    private func column(of needle: String, in line: String) -> Int {
        let scalars = Array(line.unicodeScalars), target = Array(needle.unicodeScalars)
        for i in 0...(scalars.count - target.count) where Array(scalars[i..<(i + target.count)]) == target { return i + 1 }
        return -1
    }

    @Test func decodesEveryFieldWithPositions() throws {
        let (page, findings) = decode(TemporarySite.page(TemporarySite.validFields + """
        producer_type: household-business
        commune: "Hàng Vịnh"
        images:
          - {src: banh.svg, alt: "Gói bánh phồng tôm"}
        price: "45.000 đ / gói"
        contact: {phone: "0290 3000 000", address: "Ấp Cái Nai, xã Hàng Vịnh"}
        tags: [bánh phồng, quà biếu]

        """))
        #expect(findings.isEmpty)
        let p = try #require(page)
        #expect(p.name.value == "Bánh phồng tôm Năm Căn")
        #expect(p.name.position == SourcePosition(line: 2, column: 7))
        #expect(p.stars.value == 3)
        #expect(p.stars.position == SourcePosition(line: 6, column: 8))
        #expect(p.assessment?.scores.map(\.part.value) == ["A", "B", "C"])
        #expect(p.assessment?.scores.map(\.score.value) == [25, 15, 22])
        #expect(p.assessment?.total?.value == 62)
        #expect(p.certificate.issued.value == LocalDate(year: 2024, month: 5, day: 10))
        #expect(p.certificate.authority?.value == .district)
        #expect(p.producerType?.value == .householdBusiness)
        #expect(p.images.first?.alt.value == "Gói bánh phồng tôm")
        #expect(p.contact?.address?.value == "Ấp Cái Nai, xã Hàng Vịnh")
        #expect(p.tags.map(\.value) == ["bánh phồng", "quà biếu"])
    }

    @Test func columnsArePastMultiByteVietnameseLetters() throws {
        let line = "contact: {address: \"Ấp Hòa Trung, xã Lương Thế Trân\", phone: [0290]}"
        let (_, findings) = decode(TemporarySite.page(TemporarySite.validFields + line + "\n"))
        let d = try #require(findings.first { $0.code == "field.type" })
        #expect(d.message == "'contact.phone' must be text, found a list")
        #expect(d.location?.line == 14)
        #expect(d.location?.column == column(of: "[0290]", in: line))
        #expect(d.location?.column == 62)
        #expect(d.lineText == line)
    }

    @Test func wrongTypesAreReportedNotCrashed() {
        let (page, findings) = decode(TemporarySite.page("""
        name: [a, b]
        producer: {x: 1}
        district: nam-can
        product_set: processed-animal-products
        stars: "3"
        certificate: "123"

        """))
        #expect(page == nil)
        #expect(findings.map(\.code) == ["field.type", "field.type", "field.type", "field.type"])
        #expect(findings.map { $0.location!.line } == [2, 3, 6, 7])
    }

    @Test func missingRequiredFieldsAreEachReported() {
        let (page, findings) = decode(TemporarySite.page("name: \"Tôm khô\"\ncertificate: {number: \"1\"}\n"))
        #expect(page == nil)
        let messages = findings.map(\.message)
        #expect(messages.contains("missing required field 'producer'"))
        #expect(messages.contains("missing required field 'district'"))
        #expect(messages.contains("missing required field 'product_set'"))
        #expect(messages.contains("missing required field 'stars'"))
        #expect(messages.contains("missing required field 'certificate.issued'"))
        #expect(findings.allSatisfy { $0.code == "field.missing" })
    }

    @Test func unknownKeysGetADidYouMean() throws {
        let (_, findings) = decode(TemporarySite.page(TemporarySite.validFields + "prise: \"12.000 đ\"\ncontact: {phnoe: \"1\"}\n"))
        #expect(findings.map(\.code) == ["field.unknown", "field.unknown"])
        #expect(findings[0].notes.first == "did you mean 'price'?")
        #expect(findings[0].location == SourceLocation(path: "p.md", line: 14, column: 1))
        #expect(findings[1].message == "unknown field 'contact.phnoe'")
        #expect(findings[1].notes.first == "did you mean 'phone'?")
    }

    @Test func duplicateKeysAreReportedWithTheFirstPlace() throws {
        let (_, findings) = decode(TemporarySite.page(TemporarySite.validFields + "stars: 4\n"))
        let d = try #require(findings.first)
        #expect(d.code == "field.duplicate")
        #expect(d.message == "'stars' is given twice")
        #expect(d.location?.line == 14)
        #expect(d.notes == ["first given at line 6, column 1; remove one of them"])
    }

    @Test func badChoicesAndDatesAreInvalidValues() {
        let findings = decode(TemporarySite.page(TemporarySite.validFields.replacingOccurrences(of: "2024-05-10", with: "10/05/2024")
            + "producer_type: cooperativ\n")).1.sorted()
        #expect(findings.map(\.code) == ["field.invalid", "field.invalid"])
        #expect(findings[0].notes == ["write dates as YYYY-MM-DD, e.g. 2024-01-23"])
        #expect(findings[1].notes.first == "did you mean 'cooperative'?")
    }

    @Test func yamlSyntaxErrorsPointIntoTheFile() throws {
        let (_, findings) = decode("---\nname: \"Tôm khô\"\nproducer: a: b\n---\n")
        let d = try #require(findings.first)
        #expect(d.code == "yaml.syntax")
        #expect(d.location?.line == 3)
        #expect(d.location?.column == 12)
    }

    @Test func emptyFrontMatterIsReported() {
        let (_, findings) = decode("---\n---\nBody\n")
        #expect(findings.map(\.code) == ["frontmatter.empty"])
    }

    @Test func frontMatterMustBeAMapping() {
        let (_, findings) = decode("---\n- a\n- b\n---\n")
        #expect(findings.map(\.code) == ["field.type"])
    }
}
