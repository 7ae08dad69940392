"""A thirty-seventh audit on Chinese news pages from sources no audit had used (its pages and guards follow).

The agency's story's footer row of links (``新华社简介 公司官网 联系我们 我要链接 版权声明 法律顾问…``) was read as its
copyright notice, for its ``版权声明`` link: such a menu is no notice (``fields/evidence.py``). The captions two
portals wrote out under their pictures, repeating the ``alt`` text, were not listed: such a line is a caption
(``html/parse.py``, ``fields/evidence.py``). A tech site's post credited another portal's desk (``文/搜狐IT``) and
read the site's own name in its metadata as the author: a credit naming no person keeps it out
(``fields/readers.py``).
"""

from __future__ import annotations

import newsmend

_SENTENCE = "市议会周一开会，经过长时间辩论后就明年的预算进行了表决，多数议员投了赞成票。"


def _page(article: str, footer: str = "", head: str = "") -> bytes:
    """A news page: a headline, ``article`` (after three paragraphs of text) and ``footer`` after the article; the
    title names the site (``Example.COM``)."""
    text = "".join(f"<p>第{i}段：{_SENTENCE}</p>" for i in range(3))
    return (
        f"<html><head><meta charset='utf-8'>{head}<title>市议会通过预算_Example.COM</title></head><body>"
        "<h1>市议会通过预算</h1>"
        f"<div class='article'>{text}{article}</div><div class='footer'>{footer}</div></body></html>"
    ).encode()



def test_menu_linking_to_the_statement_is_no_notice() -> None:
    """A footer row of links, one of them to the copyright statement's page (``版权声明``), states no rights: the
    notice under it is the page's; a notice outside the links or linked whole stays one."""
    links = "".join(f"<a href='/{i}'>{w}</a> " for i, w in enumerate(("关于我们", "版权声明", "联系我们", "广告服务")))
    menu = f"<div class='links'>{links}</div>"
    assert newsmend.extract(_page("", menu)).copyright is None
    notice = "<p>Copyright © 2000 - 2020 EXAMPLE.com All Rights Reserved.</p>"
    assert newsmend.extract(_page("", menu + notice)).copyright == notice[3:-4]
    linked = "<div><a href='/'>© 市民日报 2020</a> · <a href='/wp'>WordPress</a> · <a href='/rss'>RSS</a></div>"
    assert newsmend.extract(_page("", linked)).copyright == "© 市民日报 2020 · WordPress · RSS"
    after = "<div><a href='/a'>About</a> | <a href='/p'>Privacy</a> | <a href='/t'>Terms</a> © 2022 Example</div>"
    assert newsmend.extract(_page("", after)).copyright == "© 2022 Example"


def test_caption_written_out_under_its_picture_is_listed() -> None:
    """A line repeating the ``alt`` text of the picture right before it is its caption: listed and kept in the
    text; a line after a picture with another ``alt``, a linked name and an avatar's account name are none."""
    caption = "市民在广场上观看升旗仪式"
    article = newsmend.extract(_page(f"<p class='f_center'><img src='/a.jpg' alt='{caption}'><br>{caption}</p>"))
    assert article.captions == [caption]
    assert caption in article.paragraphs
    assert newsmend.extract(_page(f"<p><img src='/a.jpg' alt='升旗'><br>{caption}</p>")).captions == []
    linked = f"<p><img src='/a.jpg' alt='{caption}'><a href='/b'>{caption}</a></p>"
    assert newsmend.extract(_page(linked)).captions == []
    avatar = "<div><img src='/user/avatar/12.gif' alt='hadieplayer'><span>hadieplayer</span></div>"
    assert newsmend.extract(_page(avatar)).captions == []


def test_credit_naming_no_person_keeps_the_metadata_outlet_out() -> None:
    """A writer's credit in the text naming an outlet's desk (``文/搜狐IT``) credits no person: the site's name in
    the metadata (``Example``, as the title names the site) does not stand in as the author; a credit naming a
    person is the author, and with no credit the metadata's name stands."""
    head = "<meta name='author' content='Example'>"
    assert newsmend.extract(_page("<p>文/搜狐IT</p>", head=head)).author is None
    assert newsmend.extract(_page("<p>文/张三</p>", head=head)).author == ["张三"]
    assert newsmend.extract(_page("", head=head)).author == ["Example"]
