import Foundation
import Templating

/// Every product's card, made when a page first shows it and then shared by every page that
/// lists the product. A full build writes the product pages first, each of which lets its
/// description go; cards made as those pages are written take the descriptions' place
/// instead of sitting beside all of them (24 MB of cards at 20,000 products).
final class CardShelf: @unchecked Sendable {
    private let products: [Product]
    private let parts: CardParts
    private let lock = NSLock()
    private var cards: [TemplateValue?]

    init(products: [Product], parts: CardParts) {
        self.products = products
        self.parts = parts
        cards = Array(repeating: nil, count: products.count)
    }

    subscript(index: Int) -> TemplateValue {
        if let made = lock.withLock({ cards[index] }) { return made }
        // Made outside the lock; when two threads race for one card, both return the first.
        let card = TemplateValue.shared(SharedValue(ProductValues.card(products[index], parts: parts)))
        return lock.withLock {
            if let made = cards[index] { return made }
            cards[index] = card
            return card
        }
    }
}
