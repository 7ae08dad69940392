"""A twentieth audit on Chinese pages outside the dev set, and what newsmend reads on them.

A Taiwanese agency closes its text's last paragraph with its staff's credit in brackets, before the ROC date code:
the desk editor (``（編輯：李亨山）1120823``, the thirteenth audit's ``unseen-zh11/cna-2023.html``) or a foreign
desk's translator and copy editor (``（譯者：王嘉語/核稿：嚴思祺）1120823``, on a wire story that credits no
reporter). newsmend read neither: the credit's labels were left in the prose. Fixed: the labelled staff credit
closing the last paragraph is read as a meta line's values (``fields/lines.py``,
:func:`~newsmend.fields.lines.closing_credit_values`), with ``核稿`` an editor's label and ``譯者`` an author's; the
credit stays in the prose, as the closing reporters' do.
0 of 798 dev pages change.

The same agency sets a newsletter sign-up box between two paragraphs (``div.SubscriptionInner``: its title
``訂閱《早安世界》電子報…``, an e-mail field, the field's error message and a thanks), whose three lines stayed in the
text: ``subscription`` is a furniture word (``content/paths.py``). 0 of 798 dev pages change.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

import newsmend
from newsmend.content import is_furniture
from newsmend.fields.lines import LabelledValue, closing_credit_values


@pytest.mark.parametrize(
    ("page", "editor"),
    [
        ("unseen-zh11/cna-2023.html", "李亨山"),
    ],
)
def test_agency_pages_read_the_closing_editor(page: str, editor: str) -> None:
    """The agency's editor (``編輯``) or copy editor (``核稿``) closing the last paragraph is the editor field."""
    assert extract_page(page).editor == editor


def test_closing_staff_credit_values() -> None:
    """The labelled credits in the brackets after the last sentence (a date code may follow) are read as a meta
    line's values; a bracket inside a sentence, an unlabelled name and a label glued to a longer word are not."""
    assert closing_credit_values("……處1年以下有期徒刑。（編輯：李亨山）1120823") == [
        LabelledValue("editor", "编辑", "李亨山")
    ]
    assert closing_credit_values("……陣線」（FLNKS）。（譯者：王嘉語/核稿：嚴思祺）1120823") == [
        LabelledValue("author", "译者", "王嘉語"),
        LabelledValue("editor", "核稿", "嚴思祺"),
    ]
    assert closing_credit_values("當地居民（編輯：王某）說他看見了。") == []
    assert closing_credit_values("……舉行。（記者 張三）") == []
    assert closing_credit_values("……舉行。（資料來源：參考消息、海外網等）") == []


def test_closing_credit_stays_in_the_text() -> None:
    """A page whose last paragraph closes with the credit: the fields read it, the paragraph keeps it."""
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(3))
    last = f"<p>{sentence}（譯者：王小明/核稿：李大華）1120823</p>"
    article = newsmend.extract(f"<html><body><h1>市議會通過預算</h1><div>{text}{last}</div></body></html>")
    assert article.author == ["王小明"]
    assert article.editor == "李大華"
    assert article.paragraphs[-1].endswith("（譯者：王小明/核稿：李大華）1120823")


def test_subscription_box_is_furniture() -> None:
    """An element named for a subscription is a sign-up box: its title, the e-mail field's message and its thanks
    leave the text they stand in."""
    assert is_furniture("div.SubscriptionInner.mySubscriptionInner")
    assert is_furniture("div.newsletter-subscription__form")
    sentence = "市議會週一開會，經過長時間辯論後就明年的預算進行了表決，多數議員投了贊成票。"
    box = (
        "<div class='SubscriptionInner'><div>訂閱電子報 每天3分鐘掌握10件天下事</div>"
        "<input type='text' placeholder='請輸入電子信箱'><div>請輸入正確的電子信箱格式</div>"
        "<div>感謝您的訂閱！</div></div>"
    )
    text = "".join(f"<p>第{i}段：{sentence}</p>" for i in range(3))
    article = newsmend.extract(f"<html><body><h1>市議會通過預算</h1><div>{text}{box}{text}</div></body></html>")
    assert article.body is not None
    assert len(article.paragraphs) == 6
    assert "訂閱" not in article.body and "信箱" not in article.body
