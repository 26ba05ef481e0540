import ArgumentParser
import CatalogueKit
import Foundation

/// `ocop brochure`: a print-ready A4 brochure of chosen products for a trade fair, as one
/// self-contained HTML file and, with Chromium, a PDF.
struct BrochureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brochure",
        abstract: "Make a print-ready A4 brochure of chosen products (HTML, and PDF with Chromium).",
        discussion: """
        Filters narrow the selection; a repeated filter widens it (--district A --district B is either). \
        Products whose certificate has lapsed on the --as-of day are left out unless --include-expired. \
        Exit status: 0 when written, 1 when the catalogue has errors, nothing is selected or printing fails, 64 on a usage error.
        """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .customLong("district"), help: ArgumentHelp("A district, by id or name (repeatable).", valueName: "district"))
    var districts: [String] = []

    @Option(help: ArgumentHelp("Star ratings: 4, 4,5 or 3-4.", valueName: "stars"))
    var stars: String?

    @Option(name: .customLong("group"), help: ArgumentHelp("A product group, by id or name (repeatable).", valueName: "group"))
    var groups: [String] = []

    @Option(name: .customLong("product-set"), help: ArgumentHelp("A product set, by id as `ocop models` lists them (repeatable).", valueName: "id"))
    var productSets: [String] = []

    @Option(name: .customLong("producer"), help: ArgumentHelp("Part of a producer's name (repeatable).", valueName: "name"))
    var producers: [String] = []

    @Flag(name: .customLong("include-expired"), help: "Include products whose certificate has lapsed (marked as such).")
    var includeExpired = false

    @Option(help: ArgumentHelp("The brochure's title, such as the fair's name.", valueName: "text"))
    var title: String

    @Option(help: ArgumentHelp("A line under the title, such as the fair's place and date.", valueName: "text"))
    var subtitle: String?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output = "brochure.html"

    @Option(help: ArgumentHelp("Also print the brochure to this PDF file with headless Chromium.", valueName: "file"))
    var pdf: String?

    @Flag(name: .shortAndLong, help: "Print nothing but problems.")
    var quiet = false

    func validate() throws {
        if let stars {
            do { _ = try StarFilter(parsing: stars) } catch { throw ValidationError(error.description) }
        }
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--title cannot be empty") }
        for (flag, values) in [("--district", districts), ("--group", groups), ("--product-set", productSets), ("--producer", producers)]
        where values.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("\(flag) cannot be empty")
        }
    }

    func run() throws {
        let printer = DiagnosticPrinter()
        // Before any work: a PDF that cannot be printed should not cost a build first.
        var chromium: ChromiumPrinter?
        if pdf != nil {
            guard let found = ChromiumPrinter.find() else {
                printer.summary("ocop brochure: --pdf needs headless Chromium, and none was found on PATH (\(ChromiumPrinter.names.joined(separator: ", "))); \(ChromiumPrinter.installHint)")
                throw ExitCode(1)
            }
            chromium = found
        }
        let selection = BrochureSelection(districts: districts, stars: try stars.map { try StarFilter(parsing: $0) }, groups: groups,
                                          productSets: productSets, producers: producers, includeExpired: includeExpired)
        let result = Pipeline(project: project.project, options: BuildOptions(asOf: try project.resolvedAsOf()))
            .brochure(selection, title: title, subtitle: subtitle)
        if result.diagnostics.hasErrors {
            printer.print(result.diagnostics)
            printer.summary(DiagnosticFormatter.summary(command: "brochure", products: result.productCount, diagnostics: result.diagnostics) + "; no brochure written")
            throw ExitCode(1)
        }
        guard let outcome = result.outcome, let html = result.html else {
            for line in result.outcome?.emptyExplanation ?? [] { printer.summary("ocop brochure: " + line) }
            throw ExitCode(1)
        }

        let htmlURL = URL(fileURLWithPath: output).standardizedFileURL
        do {
            try Data(html.utf8).write(to: htmlURL, options: .atomic)
        } catch {
            printer.summary("ocop brochure: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        let districtCount = Set(outcome.products.map(\.district.id)).count
        if !quiet {
            print("wrote \(output): \(outcome.products.count) product\(outcome.products.count == 1 ? "" : "s") from \(districtCount) district\(districtCount == 1 ? "" : "s") (\(html.utf8.count / 1024) KB)")
        }
        if let pdf, let chromium {
            if let fonts = VietnameseFonts.installed(), fonts.isEmpty {
                printer.summary("ocop brochure: warning: no font with Vietnamese diacritics is installed, so the PDF may show boxes; \(VietnameseFonts.installHint)")
            }
            do {
                try chromium.print(htmlURL, to: URL(fileURLWithPath: pdf).standardizedFileURL)
            } catch {
                printer.summary("ocop brochure: \(error.description)")
                throw ExitCode(1)
            }
            if !quiet { print("wrote \(pdf) with \(chromium.executable.lastPathComponent)") }
        }
        let warnings = result.diagnostics.warningCount
        if warnings > 0 && !quiet {
            printer.summary("ocop brochure: the catalogue has \(warnings) warning\(warnings == 1 ? "" : "s"); `ocop check` lists them")
        }
    }
}
