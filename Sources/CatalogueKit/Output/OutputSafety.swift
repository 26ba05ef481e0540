import Foundation

/// Refuses output folders a build must never replace: the project root or anything above it,
/// `content/`, `templates/`, `/`, the home folder, system folders, git repositories, and
/// (unless forced) folders holding files ocop did not write.
public enum OutputSafety {
    public static let manifestName = ".ocop-manifest"
    /// Kept across builds: the repository documents the output folder in it.
    public static let preservedNames: Set<String> = ["README.md"]

    /// Never an output folder, even with `--force`: replacing one would wreck the machine.
    static let systemFolders = ["/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/media", "/mnt", "/opt",
                                "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var"]
    /// Nor anything inside these.
    static let systemTrees = ["/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/proc", "/sbin", "/sys", "/usr/bin", "/usr/lib", "/usr/sbin"]

    /// `manifest`: the output's manifest, when the caller has read it already.
    public static func check(_ project: Project, force: Bool, home: String? = ProcessInfo.processInfo.environment["HOME"],
                             manifest: Set<String>? = nil) -> Diagnostic? {
        let output = project.outputDirectory.resolvingSymlinksInPath().path
        let root = project.root.resolvingSymlinksInPath().path
        let display = project.relativePath(project.outputDirectory)
        func refuse(_ why: String) -> Diagnostic {
            .error("output.unsafe", "refusing to write the site to \(display): \(why)", at: SourceLocation(path: display),
                   notes: ["choose an output folder of its own, e.g. public/"])
        }
        if output == "/" { return refuse("it is the file system root") }
        if systemFolders.contains(output) || systemTrees.contains(where: { output.hasPrefix($0 + "/") }) {
            return refuse("it is a system folder")
        }
        if let home, !home.isEmpty {
            let resolved = URL(fileURLWithPath: home).resolvingSymlinksInPath().path
            if output == resolved || (resolved + "/").hasPrefix(output + "/") { return refuse("it is or holds your home folder") }
        }
        if output.split(separator: "/").contains(".git") || FileManager.default.fileExists(atPath: output + "/.git") {
            return refuse("it is a git repository, or inside one's .git folder")
        }
        if output == root || (root + "/").hasPrefix(output + "/") { return refuse("it holds the project itself") }
        for (name, dir) in [("content", project.contentDirectory), ("templates", project.templatesDirectory)] {
            let path = dir.resolvingSymlinksInPath().path
            if output == path || output.hasPrefix(path + "/") || (path + "/").hasPrefix(output + "/") { return refuse("it is or holds \(name)/") }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return refuse("it is a file") }
        if force { return nil }
        let foreign = foreignFiles(in: URL(fileURLWithPath: output), manifest: manifest)
        guard !foreign.isEmpty else { return nil }
        return .error("output.foreign-files", "\(display) holds \(foreign.count) file\(foreign.count == 1 ? "" : "s") that ocop did not write, e.g. \(foreign.prefix(3).joined(separator: ", "))",
                      at: SourceLocation(path: display), notes: ["move them away, or build with --force to replace the folder anyway"])
    }

    /// The files the last build wrote into `folder`, from its manifest.
    public static func manifest(of folder: URL) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(manifestName).path) else { return [] }
        // Lines cut from the bytes in one pass: the manifest of a national catalogue has tens of
        // thousands, and a small rebuild reads it on its critical path.
        return data.withUnsafeBytes { raw -> Set<String> in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines = Set<String>(minimumCapacity: bytes.count / 40)
            var start = 0
            for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
                if i > start { lines.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if start < bytes.count { lines.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return lines
        }
    }

    /// Files in `folder` that the last build's manifest does not list.
    static func foreignFiles(in folder: URL, manifest known: Set<String>? = nil) -> [String] {
        let known = (known ?? manifest(of: folder)).union(preservedNames).union([manifestName])
        return DirectoryWalker.files(under: folder.path).filter { !known.contains($0) }.sorted()
    }
}
