import Foundation

// ocop-bench: the speed and memory targets of a national catalogue, measured, never asserted in
// unit tests. `make bench` runs the ocop figures, `make bench-hugo` the comparison with Hugo.
//
//   ocop-bench [--hugo] [--sizes 1000,10000,20000] [--runs 5] [--seed 1] [--ocop PATH] [--work DIR] [--no-settle]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") {
    print("""
    usage: ocop-bench [--hugo] [--sizes 1000,10000,20000] [--runs 5] [--seed 1] [--ocop PATH] [--work DIR] [--no-settle]
      builds generated catalogues cold and prints medians (min, max) of wall time, CPU time,
      pages per second and peak memory, then the targets of the performance issue as met or missed;
      --hugo compares the 10,000-product build with Hugo's instead (see README, "Performance");
      --no-settle measures at once even if the last bench deleted its folders minutes ago
    """)
    exit(0)
}
func option(_ name: String, in arguments: [String] = arguments) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
// The writing floor runs in a child process of its own (see WriteFloor).
if let from = option("--write-floor"), let index = arguments.firstIndex(of: "--write-floor"), index + 2 < arguments.count {
    print(WriteFloor.measure(copying: URL(fileURLWithPath: from), into: URL(fileURLWithPath: arguments[index + 2])))
    exit(0)
}
if arguments.contains("--memory-probe") {
    print(MemoryProbe.probe())
    exit(0)
}
let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let settings = Bench.Settings(
    ocop: option("--ocop") ?? cwd.appendingPathComponent(".build/release/ocop").path,
    sizes: (option("--sizes") ?? "1000,10000,20000").split(separator: ",").compactMap { Int($0) },
    runs: Int(option("--runs") ?? "5") ?? 5,
    seed: UInt64(option("--seed") ?? "1") ?? 1,
    work: URL(fileURLWithPath: option("--work") ?? cwd.appendingPathComponent(".build/bench").path),
    templates: cwd.appendingPathComponent("templates"),
    hugoSite: cwd.appendingPathComponent("bench/hugo-site"),
    bench: URL(fileURLWithPath: CommandLine.arguments[0], relativeTo: cwd).standardizedFileURL.path,
    settle: !arguments.contains("--no-settle"))
let bench = Bench(settings: settings)
let ok = arguments.contains("--hugo") ? bench.compareWithHugo() : bench.run()
exit(ok ? 0 : 1)
