import Foundation
import Testing
@testable import Templating

/// Loading a folder of `.mustache` files, and the static partial check.
@Suite struct LibraryTests {
    @Test func loadsNestedTemplatesNamedByRelativePath() throws {
        let library = try TemplateLibrary(directory: Fixtures.url("site"))
        #expect(library.names == ["layout", "partials/footer", "partials/header", "product"])
        #expect(library.contains("partials/header"))
        #expect(!library.contains("README"))
        #expect(library.unknownPartialReferences().isEmpty)
        let data: TemplateValue = [
            "site": "OCOP Cà Mau", "year": 2026, "name": "Mật ong U Minh",
            "parts": [["label": "Phần A", "score": 30], ["label": "Phần B", "score": 22.5]],
        ]
        let page = try library.render("product", data, strict: true)
        #expect(page == """
            <!doctype html>
            <html lang="vi">
            <head><title>Mật ong U Minh – OCOP Cà Mau</title></head>
            <body>
              <header>
                <a href="/">OCOP Cà Mau</a>
              </header>
              <main>
                <h1>Mật ong U Minh</h1>
                <ul>
                  <li>Phần A: 30</li>
                  <li>Phần B: 22.5</li>
                </ul>
              </main>
              <footer>© 2026</footer>
            </body>
            </html>

            """)
    }

    @Test func collectsErrorsOfEveryFileWithPaths() throws {
        do {
            _ = try TemplateLibrary(directory: Fixtures.url("broken"))
            Issue.record("expected errors")
        } catch {
            let summary = error.errors.map { "\($0.path ?? "-"):\($0.line):\($0.column) \($0.kind)" }
            #expect(summary == [
                "a.mustache:2:3 unclosedSection",
                "b/c.mustache:2:1 mismatchedClose",
                "b/c.mustache:3:1 unopenedClose",
            ])
            #expect(error.errors.map(\.template) == ["a", "b/c", "b/c"])
            #expect(error.description.contains("b/c.mustache:2:1: error: closing tag 'y'"))
        }
    }

    @Test func unknownPartialReferencesAreListedWithPositions() throws {
        let library = try TemplateLibrary(sources: [
            "page": "{{>header}}\n  {{>nope}} {{<gone}}{{$x}}{{>alsoGone}}{{/x}}{{/gone}}\n{{>*dynamic}}",
            "header": "h",
        ])
        let errors = library.unknownPartialReferences()
        #expect(errors.map(\.kind) == [.unknownPartial, .unknownPartial, .unknownPartial])
        #expect(errors.map(\.position) == [[2, 3], [2, 13], [2, 28]])
        #expect(errors.allSatisfy { $0.template == "page" })
    }

    @Test func temporaryFolderWithHiddenAndOtherFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-templating-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "index.mustache": "{{>partials/x}}", "partials/x.mustache": "x={{x}}",
            "partials/deep/y.mustache": "y", ".hidden/z.mustache": "{{#", "notes.md": "{{#",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let library = try TemplateLibrary(directory: root)
        #expect(library.names == ["index", "partials/deep/y", "partials/x"])
        #expect(try library.render("index", ["x": 1]) == "x=1")
    }

    @Test func missingFolderIsAnError() {
        let missing = URL(fileURLWithPath: "/nonexistent/ocop/templates")
        #expect(throws: TemplateErrors.self) { try TemplateLibrary(directory: missing) }
        do {
            _ = try TemplateLibrary(directory: missing)
        } catch {
            #expect(error.errors.map(\.kind) == [.unknownTemplate])
        }
    }

    @Test func concurrentRendersShareOneLibrary() async throws {
        let library = try TemplateLibrary(directory: Fixtures.url("site"))
        let expected = try (0..<8).map { task in
            try library.render("product", Self.data(task), strict: true)
        }
        let results = try await withThrowingTaskGroup(of: (Int, Bool).self) { group in
            for task in 0..<8 {
                group.addTask {
                    var same = true
                    for _ in 0..<200 {
                        same = try library.render("product", Self.data(task), strict: true) == expected[task] && same
                    }
                    return (task, same)
                }
            }
            return try await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
        }
        #expect(results.count == 8)
        #expect(results.values.allSatisfy { $0 })
    }

    private static func data(_ task: Int) -> TemplateValue {
        [
            "site": "OCOP", "year": .integer(2000 + task), "name": .string("Sản phẩm \(task)"),
            "parts": .list((0...task).map { ["label": .string("P\($0)"), "score": .integer($0)] }),
        ]
    }
}
