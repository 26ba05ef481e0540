/// Slugs, image paths and files that try to leave their folders.
extension MalformedCase {
    /// The page with one image, `src` written as YAML (quoted as needed).
    static func image(_ src: String) -> [String: [UInt8]] {
        BasePage.with("  authority: district\n", "  authority: district\nimages:\n  - src: \(src)\n    alt: \"Gói bánh\"\n")
    }

    static let outside = ["secret/passwd.md": Array(BasePage.replacing("Bánh phồng tôm Năm Căn", with: "Bí mật").utf8),
                          "secret/index.md": Array(BasePage.replacing("Bánh phồng tôm Năm Căn", with: "Bí mật").utf8),
                          "secret/passwd.png": Array("PNG".utf8)]

    static let paths: [MalformedCase] = [
        MalformedCase("image-dot-dot", files: image("\"../../secret/passwd.png\"").merging(outside) { $1 }, expect: ["content/products/banh-phong-tom.md:15:10: error [image.outside-content]"]),
        MalformedCase("image-windows-separators", files: image("'..\\..\\secret\\passwd.png'"), expect: ["content/products/banh-phong-tom.md:15:10: error [image.outside-content]"]),
        MalformedCase("image-absolute-path", files: image("/etc/passwd.png"), expect: ["content/products/banh-phong-tom.md:15:10: error [image.outside-content]"]),
        MalformedCase("image-remote", files: image("\"https://evil.example/x.png\""), expect: ["content/products/banh-phong-tom.md:15:10: error [image.not-local]"]),
        MalformedCase("image-backslash-in-double-quotes", files: image("\"..\\..\\secret\\passwd.png\""), expect: ["content/products/banh-phong-tom.md:15:13: error [yaml.syntax]"]),
        MalformedCase("image-symlink-out", files: image("gia.png").merging(outside) { $1 }, symlinks: ["content/gia.png": "../secret/passwd.png"], expect: ["content/products/banh-phong-tom.md:15:10: error [image.outside-content]"]),
        MalformedCase("image-svg-with-script", files: image("hinh.svg").merging(["content/hinh.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>".utf8)]) { $1 }, expect: ["content/products/banh-phong-tom.md:15:10: error [image.unsafe-svg]"]),
        MalformedCase("image-svg-with-event-handler", files: image("hinh.svg").merging(["content/hinh.svg": Array("<svg xmlns=\"http://www.w3.org/2000/svg\"\n  ONLOAD = \"alert(1)\"><rect/></svg>".utf8)]) { $1 }, expect: ["content/products/banh-phong-tom.md:15:10: error [image.unsafe-svg]"]),
        MalformedCase("slug-with-spaces-and-diacritics", files: ["content/products/Bánh Tôm.md": Array(BasePage.replacing("Bánh phồng tôm Năm Căn", with: "Bánh tôm").utf8)], expect: ["content/products/Bánh Tôm.md:1:1: error [content.invalid-slug]"]),
        MalformedCase("slug-with-dots", files: ["content/products/a..b.md": Array(BasePage.replacing("Bánh phồng tôm Năm Căn", with: "Bánh tôm").utf8)], expect: ["content/products/a..b.md:1:1: error [content.invalid-slug]"]),
        MalformedCase("page-symlink-out", files: outside, symlinks: ["content/products/bi-mat.md": "../../secret/passwd.md"], expect: ["content/products/bi-mat.md:1:1: error [content.outside-content]"]),
        MalformedCase("bundle-symlink-out", files: outside, symlinks: ["content/products/bi-mat": "../../secret"], expect: ["content/products/bi-mat:1:1: error [content.outside-content]"]),
        MalformedCase("asset-symlink-out", files: outside, symlinks: ["templates/assets/passwd.png": "../../secret/passwd.png"], expect: ["templates/assets/passwd.png:1:1: error [template.outside-folder]"]),
    ]
}
