import ArgumentParser
import CatalogueKit
import Foundation

/// `ocop diff <revision>`: what a pull request changes in the catalogue, as a Markdown comment.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare the catalogue at a git revision with the working tree, as Markdown for a pull request.",
        discussion: """
        The revision's content/ and templates/ are read through git into a private temporary folder; \
        the working tree, the index and HEAD are not touched. Its certificates are judged as of the \
        revision's commit day in Việt Nam (or --as-of, if earlier) and the working tree's as of --as-of, \
        so newly expired certificates are those that lapsed in between. New diagnostics compare both \
        sides as of --as-of. \
        Exit status: 0 whether or not there are differences, 1 when the revision cannot be read.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// For a pull-request comment.
        case markdown
    }

    @OptionGroup var project: ProjectOptions

    @Argument(help: "A git revision: a branch, a tag or a commit (e.g. origin/main).")
    var revision: String

    @Option(help: "Output format.")
    var format: Format = .markdown

    func run() throws {
        let site = project.project
        let asOf = try project.resolvedAsOf()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let git: GitRevision
        do {
            git = try GitRevision(revision, root: site.root)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try git.extract(["content", "templates"], into: folder)
        } catch {
            DiagnosticPrinter.write("error: \(error)\n", to: .standardError)
            throw ExitCode(1)
        }
        let oldSite = Project(root: folder)
        let old = CatalogueSnapshot(project: oldSite, asOf: min(git.commitDay, asOf))
        // The findings the change itself brings: both sides judged on the same day.
        let baseline = old.asOf == asOf ? old.diagnostics : CatalogueSnapshot(project: oldSite, asOf: asOf).diagnostics
        let new = CatalogueSnapshot(project: site, asOf: asOf)
        print(CatalogueDiff(old: old, new: new, baseline: baseline).markdown(revision: revision, commit: git.shortCommit), terminator: "")
    }
}
