import Foundation

/// How a fuzz executable starts. Built for fuzzing (`make fuzz`: `-sanitize=fuzzer` and
/// `-DOCOP_FUZZ`), `main` hands control to libFuzzer's driver; in an ordinary build, where
/// libFuzzer is not linked, it replays the files (or folders of files) given as arguments,
/// which is how a crash artifact is reproduced under a debugger.
///
/// SwiftPM links an executable target's own `main` (renamed `<module>_main`), so libFuzzer's
/// `main` cannot be used; `LLVMFuzzerRunDriver` is libFuzzer's documented way in.
public enum FuzzEntry {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func main(_ testOneInput: TestOneInput) -> Never {
        #if OCOP_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
        exit(replay(Array(CommandLine.arguments.dropFirst()), testOneInput))
        #endif
    }

    /// Runs every file named (folders are walked); returns an exit status.
    static func replay(_ paths: [String], _ testOneInput: TestOneInput) -> Int32 {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE|FOLDER...\n(build with `make fuzz` to fuzz; this build replays inputs)\n".utf8))
            return 64
        }
        var count = 0
        for path in paths {
            for file in files(at: path) {
                let bytes = [UInt8](FileManager.default.contents(atPath: file) ?? Data())
                _ = bytes.withUnsafeBufferPointer { testOneInput($0.baseAddress, $0.count) }
                count += 1
            }
        }
        print("replayed \(count) input\(count == 1 ? "" : "s") without a crash")
        return 0
    }

    private static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }.filter {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue
        }
    }

    /// Stops the run with the harness's findings: libFuzzer saves the input as a crash.
    public static func require(_ violations: [String], input: [UInt8]) {
        guard !violations.isEmpty else { return }
        fatalError("invariant broken on a \(input.count)-byte input:\n" + violations.joined(separator: "\n"))
    }
}

#if OCOP_FUZZ
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzEntry.TestOneInput) -> CInt
#endif
