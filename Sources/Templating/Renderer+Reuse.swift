/// Reusing what a partial rendered with a `SharedValue` on top of the context stack.
extension Renderer {
    /// Prints a kept render of `template` for `box` when a fresh render here would print
    /// the same bytes: same indentation and strictness, every structural read finding the
    /// same value, every printed one a string, and no limit that a fresh render would hit.
    /// Returns whether it printed.
    mutating func reuse(_ box: SharedValue, _ template: Template, indent: String) -> Bool {
        let base = context.count - 1
        var found: [TemplateValue?] = []
        let kept = box.reusable(template, indent: indent, strict: strict) { kept in
            guard steps + kept.steps <= limits.maxOutputBytes,
                  current.depth + kept.depth <= limits.maxPartialDepth else { return false }
            found = kept.reads.map { Self.find($0.name, in: context, below: base).0 }
            for (read, now) in zip(kept.reads, found) {
                if read.structural {
                    guard now == read.value else { return false }
                } else {
                    guard case .string? = now else { return false }
                }
            }
            return true
        }
        guard let kept else { return false }
        let start = output.count
        var copied = 0
        for hole in kept.holes {
            output.append(contentsOf: kept.bytes[copied..<hole.range.lowerBound])
            if case .string(let text)? = found[hole.read] {
                if hole.escaped { HTMLEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
            }
            copied = hole.range.upperBound
        }
        output.append(contentsOf: kept.bytes[copied...])
        guard output.count <= limits.maxOutputBytes else {
            // A fresh render reports where the limit was hit.
            output.removeSubrange(start...)
            return false
        }
        steps += kept.steps
        return true
    }

    /// Keeps the finished recording's output with its box, unless a block site made it
    /// depend on the overrides in force, or a value it read is too large to compare
    /// cheaply or holds a shared value (which could be the box itself: a cycle).
    mutating func finishRecording() {
        guard let finished = recording else { return }
        recording = nil
        var budget = Self.maxReadSize
        guard finished.usable, finished.reads.allSatisfy({ $0.value.map { Self.isSmallAndPlain($0, budget: &budget) } ?? true })
        else { return }
        finished.box.keep(CachedPartial(
            template: finished.template, indent: finished.indent, strict: strict, reads: finished.reads,
            holes: finished.holes, bytes: Array(output[finished.start...]), steps: steps - finished.startSteps,
            depth: finished.maxDepth))
    }

    /// Values, summed over all reads of one render, that a kept render may hold.
    static var maxReadSize: Int { 64 }

    static func isSmallAndPlain(_ value: TemplateValue, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch value {
        case .shared: return false
        case .list(let items): return items.allSatisfy { isSmallAndPlain($0, budget: &budget) }
        case .object(let members): return members.values.allSatisfy { isSmallAndPlain($0, budget: &budget) }
        default: return true
        }
    }
}
