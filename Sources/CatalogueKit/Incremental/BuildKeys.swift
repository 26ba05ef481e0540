import Foundation

/// The global inputs of a build, hashed: anything in them changes every page's result.
enum BuildKeys {
    static let version = "ocop 0.1"

    /// This ocop: its version and, so a rebuilt binary never trusts an older cache, its file.
    static let binary: UInt64 = {
        var f = Fingerprint()
        f.combine(version)
        if let stamp = FileStamp.of("/proc/self/exe") ?? FileStamp.of(CommandLine.arguments.first ?? "") {
            f.combine(Int(stamp.size)); f.combine(Int(stamp.modifiedSeconds)); f.combine(Int(stamp.modifiedNanoseconds)); f.combine(stamp.inode)
        }
        return f.value
    }()

    /// What validating a page depends on besides the page: site.yml, the site's models, the day.
    static func validation(site: SourceText, project: Project, asOf: LocalDate) -> UInt64 {
        var f = Fingerprint()
        f.combine(binary)
        f.combine(site.text)
        f.combine(FileManager.default.contents(atPath: project.scoringModelsFile.path).map { [UInt8]($0) } ?? [])
        f.combine(asOf.iso)
        return f.value
    }

    /// What rendering depends on besides the catalogue: every file under templates/.
    static func render(validation: UInt64, project: Project) -> UInt64 {
        var f = Fingerprint()
        f.combine(validation)
        for relative in DirectoryWalker.visibleFiles(under: project.templatesDirectory) {
            f.combine(relative)
            f.combine(FileManager.default.contents(atPath: project.templatesDirectory.appendingPathComponent(relative).path).map { [UInt8]($0) } ?? [])
        }
        return f.value
    }
}
