/// The templates of a realistic product page, embedded so the benchmark needs no files:
/// a layout with blocks, header and footer partials, and a product page of about
/// thirty fields with a score table, an image list and trusted HTML.
enum BenchTemplates {
    static let all: [String: String] = [
        "layout": layout, "partials/header": header, "partials/footer": footer, "product": product,
    ]

    static let layout = """
        <!doctype html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{$title}}Sản phẩm OCOP Cà Mau{{/title}}</title>
          <meta name="description" content="{{$description}}Danh mục sản phẩm OCOP tỉnh Cà Mau{{/description}}">
          <link rel="stylesheet" href="{{root}}assets/site.css">
        </head>
        <body>
          {{>partials/header}}
          <main id="content">
            {{$main}}
            {{/main}}
          </main>
          {{>partials/footer}}
        </body>
        </html>

        """

    static let header = """
        <header class="site-header">
          <a class="brand" href="{{root}}">{{site.name}}</a>
          <nav>
            <ul>
              {{#site.districts}}
              <li><a href="{{root}}huyen/{{slug}}/">{{name}}</a></li>
              {{/site.districts}}
            </ul>
          </nav>
        </header>

        """

    static let footer = """
        <footer class="site-footer">
          <p>© {{site.year}} {{site.owner}} · {{site.licence}}</p>
          <p>Cập nhật: {{site.updated}}</p>
        </footer>

        """

    static let product = """
        {{<layout}}
        {{$title}}{{name}} ({{stars}} sao) – OCOP Cà Mau{{/title}}
        {{$description}}{{summary}}{{/description}}
        {{$main}}
        <article class="product" id="{{code}}">
          <h1>{{name}}</h1>
          <p class="stars" aria-label="{{stars}} sao">{{#starList}}★{{/starList}}</p>
          <dl class="facts">
            <dt>Mã sản phẩm</dt><dd>{{code}}</dd>
            <dt>Nhóm</dt><dd>{{category}} / {{group}}</dd>
            <dt>Chủ thể</dt><dd>{{producer.name}}</dd>
            <dt>Địa chỉ</dt><dd>{{producer.address}}, {{commune}}, {{district}}</dd>
            <dt>Điện thoại</dt><dd><a href="tel:{{producer.phone}}">{{producer.phone}}</a></dd>
            <dt>Email</dt><dd>{{producer.email}}</dd>
            {{#producer.website}}
            <dt>Website</dt><dd><a href="{{producer.website}}">{{producer.website}}</a></dd>
            {{/producer.website}}
            <dt>Năm công nhận</dt><dd>{{year}}</dd>
            <dt>Quyết định</dt><dd>{{decision.number}} ngày {{decision.date}}</dd>
            <dt>Hiệu lực đến</dt><dd>{{decision.expires}}</dd>
            <dt>Giá tham khảo</dt><dd>{{price}} đ / {{unit}}</dd>
            <dt>Khối lượng</dt><dd>{{weight}} g</dd>
            <dt>Hạn sử dụng</dt><dd>{{shelfLife}} tháng</dd>
            <dt>Thành phần</dt><dd>{{ingredients}}</dd>
            <dt>Bảo quản</dt><dd>{{storage}}</dd>
            <dt>Sử dụng</dt><dd>{{usage}}</dd>
          </dl>
          <table class="scores">
            <thead><tr><th>Phần</th><th>Điểm</th><th>Tối đa</th></tr></thead>
            <tbody>
              {{#parts}}
              <tr><td>{{label}}</td><td>{{score}}</td><td>{{max}}</td></tr>
              {{/parts}}
            </tbody>
            <tfoot><tr><th>Tổng</th><th>{{total}}</th><th>100</th></tr></tfoot>
          </table>
          <ul class="gallery">
            {{#images}}
            <li><img src="{{root}}{{src}}" alt="{{alt}}" width="{{width}}" height="{{height}}" loading="lazy"></li>
            {{/images}}
          </ul>
          {{^images}}
          <p>Chưa có ảnh.</p>
          {{/images}}
          <section class="description">
            {{{descriptionHTML}}}
          </section>
          <ul class="awards">
            {{#awards}}
            <li>{{.}}</li>
            {{/awards}}
          </ul>
          <p class="tags">{{#tags}}<span>{{.}}</span> {{/tags}}</p>
          <p class="note">{{note}}</p>
        </article>
        {{/main}}
        {{/layout}}

        """
}
