/// An image of a product: where it is in `content/`, and the name it gets beside the product's page.
public struct ProductImage: Sendable, Hashable {
    /// Relative to the project root, e.g. `content/products/banh/goi.svg`.
    public var sourcePath: String
    /// The file name beside the product's page in `public/`.
    public var outputName: String
    public var alt: String
    /// Used only inside the description, so not listed with the product's pictures.
    public var inBodyOnly = false
}
