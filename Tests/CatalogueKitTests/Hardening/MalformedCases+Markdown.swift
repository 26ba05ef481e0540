/// Page descriptions: markup and links that must not reach the page, and shapes that strain the parser.
extension MalformedCase {
    static let markdown: [MalformedCase] = [
        MalformedCase("markdown-script-block", files: BasePage.body("Mô tả.\n\n<script>alert(1)</script>\n"), builds: true, expect: ["content/products/banh-phong-tom.md:17:1: warning [markdown.raw-html]"]),
        MalformedCase("markdown-inline-event-handler", files: BasePage.body("Bánh <img src=x onerror=alert(1)> giòn <a href=\"javascript:alert(1)\">x</a>.\n"), builds: true, expect: [
            "content/products/banh-phong-tom.md:15:6: warning [markdown.raw-html]",
            "content/products/banh-phong-tom.md:15:40: warning [markdown.raw-html]",
            "content/products/banh-phong-tom.md:15:71: warning [markdown.raw-html]",
        ]),
        MalformedCase("markdown-javascript-link", files: BasePage.body("Xem [trang](javascript:alert(1)) và [khác](JaVaScRiPt:alert(2)).\n"), builds: true, expect: [
            "content/products/banh-phong-tom.md:15:5: warning [markdown.unsafe-link]",
            "content/products/banh-phong-tom.md:15:37: warning [markdown.unsafe-link]",
        ]),
        MalformedCase("markdown-entity-encoded-javascript", files: BasePage.body("[x](&#106;avascript:alert(1)) [y](java&#x09;script:alert(1))\n"), builds: true, expect: ["content/products/banh-phong-tom.md:15:1: warning [markdown.unsafe-link]"]),
        MalformedCase("markdown-data-uri-link", files: BasePage.body("[tải](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n"), builds: true, expect: ["content/products/banh-phong-tom.md:15:1: warning [markdown.unsafe-link]"]),
        MalformedCase("markdown-javascript-image", files: BasePage.body("![ảnh](javascript:alert(1))\n"), builds: true, expect: ["content/products/banh-phong-tom.md:15:1: warning [markdown.unsafe-link]"]),
        MalformedCase("markdown-autolink-javascript", files: BasePage.body("<javascript:alert(1)> và <vbscript:msgbox(1)>\n"), builds: true, expect: [
            "content/products/banh-phong-tom.md:15:1: warning [markdown.unsafe-link]",
            "content/products/banh-phong-tom.md:15:26: warning [markdown.unsafe-link]",
        ]),
        MalformedCase("markdown-mustache-in-text", files: BasePage.body("Giá {{site.title}} và {{{description_html}}} và {{>partials/header}}.\n"), builds: true, expect: []),
        MalformedCase("markdown-10000-blockquotes", files: BasePage.body(String(repeating: ">", count: 10_000) + " sâu\n"), builds: true, expect: []),
        MalformedCase("markdown-100000-asterisks", files: BasePage.body(String(repeating: "*", count: 100_000) + "\n\n" + String(repeating: "*a", count: 50_000) + "\n"), builds: true, expect: []),
        MalformedCase("markdown-deep-lists", files: BasePage.body((0..<500).map { String(repeating: "  ", count: $0) + "- mục" }.joined(separator: "\n") + "\n"), builds: true, expect: []),
        MalformedCase("markdown-image-outside-content", files: BasePage.body("![mật khẩu](../../../etc/passwd.png)\n"), expect: ["content/products/banh-phong-tom.md:15:1: error [image.outside-content]"]),
        MalformedCase("markdown-control-character", files: BasePage.body("Mô tả\u{7} có chuông.\n"), expect: ["content/products/banh-phong-tom.md:15:6: error [source.control-character]"]),
    ]
}
