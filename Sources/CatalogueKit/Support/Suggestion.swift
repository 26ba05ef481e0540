/// "Did you mean …?" for misspelt keys, ids and names.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance on folded text, if it is close enough to help.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let folded = Array(VietnameseText.fold(word).unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(folded, Array(VietnameseText.fold(candidate).unicodeScalars))
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, min(folded.count, candidate.unicodeScalars.count) / 3)
        return distance <= limit ? candidate : nil
    }

    /// Levenshtein distance with two rows; inputs are short keys and names.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
