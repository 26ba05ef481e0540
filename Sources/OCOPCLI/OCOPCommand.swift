import ArgumentParser

/// `ocop`: the catalogue generator's command line. One file per subcommand.
public struct OCOPCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ocop",
        abstract: "Build and check an OCOP product catalogue.",
        discussion: "Product pages live in content/products/, templates in templates/, the site goes to public/.",
        subcommands: [BuildCommand.self, CheckCommand.self, NewCommand.self, ServeCommand.self, DiffCommand.self, BrochureCommand.self, ModelsCommand.self],
        defaultSubcommand: nil)

    public init() {}
}
