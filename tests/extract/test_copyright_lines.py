"""The copyright notice as a person would copy it off its footer line (``fields.evidence._notice_alone``).

A footer line holds more than the notice: a Chinese site's registration numbers after it or before it
(``沪ICP备14003370号``), a menu after bars (``| Contact | Privacy Policy | About``), links glued on at its ends, and
a software's or theme's credit (``Powered by WordPress.com VIP``, ``Theme: X von Y``). The bundled pages are real
ones already in the fixtures; the short footers spell out the edges each stage keeps. A notice that disclaims and
states no rights is the disclaimer, a field of its own.
"""

from __future__ import annotations

from tests.support.pages import extract_page

import newsmend
from newsmend.fields.evidence import _menu_share
from newsmend.fields.lines import clean, is_disclaimer
from newsmend.html import parse_html

_SENTENCE = "The city council met on Monday and, after a long debate, voted on next year's budget by a wide margin."


def _page(footer: str, after: str = "") -> bytes:
    """A news page: a headline, three paragraphs, ``after`` right after them and ``footer`` in its ``<footer>``."""
    text = "".join(f"<p>Paragraph {i}: {_SENTENCE}</p>" for i in range(3))
    return (
        "<html><head><meta charset='utf-8'><title>Council passes budget</title></head><body>"
        f"<h1>Council passes budget</h1><article>{text}{after}</article><footer>{footer}</footer></body></html>"
    ).encode()


def _notice(footer: str, after: str = "") -> str | None:
    return newsmend.extract(_page(footer, after)).copyright


def test_registration_numbers_are_no_part_of_the_notice() -> None:
    """A Chinese footer's licences after the notice (``沪ICP证：…``, ``渝公网安备:…``) or before it go; a word before
    the label that is no province's abbreviation stays (``办公室 ICP备案：``)."""
    paper = extract_page("zh-unlabelled/thepaper-2.html")
    assert paper.copyright == "Copyright © 2014~2019 The Paper All rights reserved.上海东方报业有限公司"
    county = extract_page("unseen-zh7/gov-cqcs-2023.html")
    assert county.copyright == "版权所有：重庆市长寿区人民政府网站 主办：重庆市长寿区人民政府办公室"
    assert _notice("<p>京ICP备16016202号-1 版权所有：中国科协 Copyright © 2019 科普中国</p>") == (
        "版权所有：中国科协 Copyright © 2019 科普中国"
    )


def test_menu_and_links_after_the_notice_go() -> None:
    """A menu after bars and links closing the line go; a link that ends the notice's sentence stays, and so does
    the holder's linked name (``© 2022 <a>Example Media</a>``)."""
    forward = extract_page("unseen-en3/postlight-forward.html")
    assert forward.copyright == "Copyright ©2017 The Forward Association, Inc. All rights reserved."
    menu = "<p>© Example Daily | Certified circulation | Terms | Legal notice</p>"
    assert _notice(menu) == "© Example Daily"
    glued = "<p>© 2001–2023 Example GmbH – <a href='/i'>Impressum</a><a href='/d'>Datenschutz</a></p>"
    assert _notice(glued) == "© 2001–2023 Example GmbH"
    licence = "<p>© 1998–2015 by members. Content available under a <a href='/cc'>Creative Commons license</a>.</p>"
    assert _notice(licence) == "© 1998–2015 by members. Content available under a Creative Commons license."
    pointer = "<p>© 2015 Example. We are not responsible for external sites. <a href='/l'>Read our policy.</a></p>"
    assert _notice(pointer) == "© 2015 Example. We are not responsible for external sites."  # the link's stop too
    assert _notice("<p>© 2022 <a href='/'>Example Media</a></p>") == "© 2022 Example Media"
    assert _notice("<p>© dpa | Kay Nietfeld</p>") == "© dpa | Kay Nietfeld"  # one name after a bar: no menu


def test_software_and_theme_credits_are_left_out() -> None:
    """A credit after the notice goes, unless rights are stated after it; a notice left naming no holder, or
    carrying a software's version, is the credit's own."""
    techcrunch = extract_page("unseen-en/goose3-techcrunch.html")
    assert techcrunch.copyright == "© 2011 AOL Inc. All rights reserved."  # its opening link, a menu's, out
    atlantic = extract_page("unseen-en19/atlantic-sitcom-code.html")
    assert atlantic.copyright == "Copyright © 2015 by The Atlantic Monthly Group. All Rights Reserved."
    assert _notice("<p>© 2015 Example & Co. Theme: Ari von Studio. Proudly powered by WordPress.</p>") == (
        "© 2015 Example & Co."
    )
    assert _notice("<p>Copyright © Example Forums Powered by Invision Community</p>") == "Copyright © Example Forums"
    kept = "<p>Copyright © 2024 Example Limited. Powered by Example Network. All rights reserved</p>"
    assert _notice(kept) == kept[3:-4]
    assert _notice("<p>Copyright © 2021 | WordPress Theme von MH Themes</p>") is None
    assert _notice("<p>© 2023 Example.info (v0.4.0)</p>") is None


def test_a_software_credit_before_the_notice_makes_it_the_software_s() -> None:
    """A forum's footer line opening with its software's credit: a notice running on in the credit's part, or
    naming the software credited, is the software's (FlaskBB's and Kunena's footers on every forum they run); a
    notice after a bar naming another holder is the site's."""
    flaskbb = "<p>Powered by <a href='https://flaskbb.org'>FlaskBB</a> © 2013 - 2024 by the FlaskBB Team</p>"
    assert _notice(flaskbb) is None
    assert _notice("<p>Powered by Kunena Forum · © 2008 - 2024 Kunena</p>") is None
    assert _notice("<p>Powered by WordPress | © 2024 Riverside Garden Club</p>") == "© 2024 Riverside Garden Club"


def test_a_statistics_counter_s_notice_is_no_page_s() -> None:
    """``Copyright © 2006-2015 全景统计`` in a poetry site's footer is the line its statistics counter writes: no
    notice of the page (which states none other); a holder whose name holds the word otherwise stays."""
    poetry = extract_page("related/article-777ddd63e01e0fb1.html")
    assert poetry.copyright is None
    assert _notice("<p>Copyright © 2024 CNZZ.COM</p>") is None
    assert _notice("<p>© 2024 国家统计局</p>") == "© 2024 国家统计局"


def test_a_link_to_the_statement_alone_is_no_notice() -> None:
    """A line that is one link naming the copyright and stating nothing points to the statement's page: the
    footer's notice is the page's; a linked label with its statement after a colon is a notice."""
    footer = "<p>© 2005 - 2024 Example LLC. All rights reserved.</p>"
    pointer = "<div><a href='/legal'>View privacy policy, copyright and trust info</a></div>"
    assert _notice(footer, pointer) == "© 2005 - 2024 Example LLC. All rights reserved."
    assert _notice("", "<h3><a href='/legal'>版权声明</a></h3>") is None
    stated = "<div><a href='/legal'>版权声明：转载须经版权人书面授权并注明来源</a></div>"
    assert _notice(footer, stated) == "版权声明：转载须经版权人书面授权并注明来源"


def test_a_disclaimer_is_its_own_field() -> None:
    """A line that disclaims and states no rights (``本文仅代表作者个人观点。``, a platform's ``特别声明：…``) is the
    disclaimer, and the copyright is the footer's notice of rights, or none; a line that disclaims the views and
    bans reprints is the copyright alone. A portal's copy of a commentary site's exclusive closes with both."""
    portal = extract_page("unseen-zh5/163-dy-2025.html")
    exclusive = "本文系观察者网独家稿件，文章内容纯属作者个人观点"
    assert portal.copyright is not None and portal.copyright.startswith(exclusive)
    assert portal.disclaimer == (
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。"
    )
    assert portal.to_dict()["disclaimer"] == portal.disclaimer
    rights, views = "Copyright © 2019 某某网 All rights reserved。", "本文仅代表作者个人观点。"
    footer = f"<p>{rights}</p>"
    alone = newsmend.extract(_page(footer, f"<p>{views}</p>"))
    assert (alone.copyright, alone.disclaimer) == (rights, views)
    assert "个人观点" not in (alone.body or "")
    unstated = newsmend.extract(_page("", f"<p>{views}</p>"))
    assert (unstated.copyright, unstated.disclaimer) == (None, views)
    own = "本文系某某网独家稿件，内容纯属作者个人观点，未经授权，不得转载。"
    mixed = newsmend.extract(_page(footer, f"<p>{own}</p>"))
    assert (mixed.copyright, mixed.disclaimer) == (own, None)


def test_disclaimer_lines() -> None:
    """A disclaimer's label or views clause without a clause of rights; a takedown notice is one of rights."""
    assert is_disclaimer("免责声明：本文来自客户端自媒体，不代表本网的观点和立场。")
    assert is_disclaimer("该文观点仅代表作者本人，平台仅提供信息存储空间服务。")
    assert is_disclaimer("声明：本网力求信息真实、准确，文章提及内容仅供参考。")
    assert not is_disclaimer("声明：本文版权归原作者所有，转载请注明出处。")
    assert not is_disclaimer("免责声明：本文来源网络，如有侵权请联系删除。")
    assert not is_disclaimer("© 2019 Example News")


def test_a_footer_line_s_link_share_is_measured_without_its_bullets() -> None:
    """A WordPress theme's credits line (a trading-tools forum's footer, magic-html forum-a055a6fb, as the page writes
    it): ``· © 2024 <a>Hahn-Tech, LLC</a> · Powered by · Designed with the <a>Customizr theme</a> ·``. The share of
    its characters in links counts from where the notice opens in the line as read (:func:`~newsmend.fields.lines.clean`
    drops the bullets at its ends): the theme's link, 15 of the 70 characters from the mark on, the bullets before
    and after it no characters of the line, and the holder's link right after the mark and year the notice's own
    words (:func:`~newsmend.fields.evidence._holder_link`), no menu link."""
    footer = (
        '<div class="span6 credits"><p>· <span class="tc-copyright-text">© 2024</span> <a href="https://www.hahn-tech.com"'
        ' title="Hahn-Tech, LLC" rel="bookmark">Hahn-Tech, LLC</a> · <span class="tc-wp-powered-text">Powered by</span>'
        ' <a class="icon-wordpress" target="_blank" href="https://wordpress.org" title="Powered by WordPress"></a> ·'
        ' <span class="tc-credits-text">Designed with the <a class="czr-designer-link"'
        ' href="https://presscustomizr.com/customizr" title="Customizr theme">Customizr theme</a> </span> ·</p></div>'
    )
    line = next(block for block in parse_html(_page(footer).decode()).blocks if "Hahn-Tech" in block.text)
    assert line.text.startswith("· ©")
    shown = "© 2024 Hahn-Tech, LLC"
    assert _menu_share(line, shown) == len("Customizr theme") / len(clean(line.text))
    assert newsmend.extract(_page(footer)).copyright == shown
