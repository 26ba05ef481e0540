import Dispatch
import Foundation

/// Ctrl-C and `kill` as events, so `ocop serve` can stop the server, wait for a rebuild in
/// progress and remove its private folder, instead of dying half-way.
final class SignalEvents {
    private let sources: [any DispatchSourceSignal]

    init(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        sources = signals.map { number in
            // Ignored by the default handler, so the dispatch source alone sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }

    deinit { sources.forEach { $0.cancel() } }
}
