import ArgumentParser
import CatalogueKit

/// `ocop check`: every stage but writing; fails a pull request with positioned errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every product page against the content format and the OCOP scoring model.",
        discussion: "Exit status: 0 when clean, 1 when there are errors, 64 on a usage error.")

    @OptionGroup var project: ProjectOptions

    @Option(help: "How to print diagnostics: text (stderr), json or github (stdout).")
    var format: OutputFormat = .text

    @Flag(name: .customLong("warnings-as-errors"), help: "Treat warnings as errors.")
    var warningsAsErrors = false

    @Flag(name: .customLong("no-cache"), help: "Read and validate every page, ignoring the last build's cache.")
    var noCache = false

    @Flag(help: "Print the time of each stage (to standard error).")
    var timings = false

    func run() throws {
        let options = BuildOptions(asOf: try project.resolvedAsOf(), warningsAsErrors: warningsAsErrors)
        let result = Pipeline(project: project.project, options: options).check(useCache: !noCache)
        let printer = DiagnosticPrinter(format: format)
        printer.print(result.diagnostics)
        if timings { printer.summary(TimingsReport.lines(result.timings).joined(separator: "\n")) }
        printer.summary(DiagnosticFormatter.summary(command: "check", products: result.productsChecked, diagnostics: result.diagnostics))
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
