import CatalogueKit
import Foundation

/// The one place `ocop serve` builds the site. Builds are incremental: the pipeline's cache
/// (kept beside the private output, so it goes when serving stops) finds what changed by itself.
///
/// The server only ever calls `rebuild(changed:)` and reads the folder it wrote.
struct ServeBuilder: Sendable {
    /// The site, with its output pointed at the private folder (never `public/`).
    let project: Project
    let options: BuildOptions

    init(project: Project, output: URL, options: BuildOptions) {
        var project = project
        project.outputDirectory = output
        project.cacheDirectory = output.deletingLastPathComponent().appendingPathComponent("cache")
        self.project = project
        self.options = options
    }

    var output: URL { project.outputDirectory }

    /// Rebuilds into `output`, replaced atomically, or left as it was when the build has errors.
    /// `changed`: paths relative to the site's root that changed since the last call; empty on the first.
    func rebuild(changed: Set<String>) -> BuildResult {
        // The private folder holds nothing but ocop's own output, so it may always be replaced.
        Pipeline(project: project, options: options).build(force: true)
    }
}
