import ArgumentParser
import CatalogueKit

/// `ocop models`: the scoring models in use (built in, plus the site's), readable without opening code.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "List the OCOP scoring models, their parts, star bands, certifying levels and product sets.")

    @OptionGroup var project: ProjectOptions

    @Flag(help: "Print the built-in models as YAML, the shape content/scoring-models.yml uses.")
    var yaml = false

    func run() throws {
        if yaml {
            print(ScoringModelLoader.builtinYAML, terminator: "")
            return
        }
        let (models, diagnostics) = ScoringModelLoader.load(project.project)
        DiagnosticPrinter().print(DiagnosticList(diagnostics))
        for model in models.models {
            print(ModelDescription.text(model))
        }
        if DiagnosticList(diagnostics).hasErrors { throw ExitCode(1) }
    }
}
