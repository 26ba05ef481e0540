import CatalogueKit

/// `--timings`: each stage's wall time, then the steps of the stages that run on all cores,
/// summed over threads.
enum TimingsReport {
    static func lines(_ timings: StageTimings) -> [String] {
        var lines = timings.stages.map { "  \($0.name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(milliseconds($0.seconds))" }
        var stage: String?
        for detail in timings.details {
            if detail.stage != stage {
                lines.append("  in \(detail.stage), summed over threads:")
                stage = detail.stage
            }
            lines.append("    \(detail.name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(milliseconds(detail.seconds))")
        }
        return lines
    }

    static func milliseconds(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }
}
