import Foundation

/// The star ratings a brochure shows, as typed: `4`, `4,5`, `3-4`, or a mix such as `3,5`.
public struct StarFilter: Sendable, Equatable {
    /// The ratings selected.
    public let stars: Set<Int>
    /// What was typed, for messages.
    public let text: String

    /// Ratings are 1 to 5: only 3 to 5 are certified, but a lower one is not a typing mistake,
    /// it just matches nothing.
    public static let valid = 1...5

    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        public let text: String
        public var description: String {
            "--stars takes star ratings from 1 to 5 as 4, 4,5 or 3-4, got '\(text)'"
        }
    }

    public init(parsing text: String) throws(SyntaxError) {
        var stars: Set<Int> = []
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        for item in items {
            let bounds = item.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(bounds.count), let low = Self.rating(bounds[0]), let high = Self.rating(bounds[bounds.count - 1]), low <= high else {
                throw SyntaxError(text: text)
            }
            stars.formUnion(low...high)
        }
        self.stars = stars
        self.text = text
    }

    private static func rating(_ text: String) -> Int? {
        guard text.count == 1, let value = Int(text), valid.contains(value) else { return nil }
        return value
    }
}
