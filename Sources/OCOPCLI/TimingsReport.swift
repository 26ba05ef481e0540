import CatalogueKit

/// `--timings`: each stage's wall time, then the steps of the per-page stage summed over threads.
enum TimingsReport {
    static func lines(_ timings: StageTimings) -> [String] {
        var lines = timings.stages.map { "  \($0.name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(milliseconds($0.seconds))" }
        if !timings.details.isEmpty { lines.append("  in pages, summed over threads:") }
        lines += timings.details.map { "    \($0.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(milliseconds($0.seconds))" }
        return lines
    }

    static func milliseconds(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }
}
