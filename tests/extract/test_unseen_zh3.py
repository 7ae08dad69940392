"""A third audit on Chinese pages outside the dev set, and what newsmend reads on them.

The pages (``tests/fixtures/pages/unseen-zh3/``) are saved pages from other extractors' sample folders, trimmed of
scripts, styles, ad slots and some of their paragraphs, navigation items and list entries:

- Gerapy/GerapyAutoExtractor ``samples/detail/ifeng_news1_detail_20220630.html``: a 2019 agency story on a
  portal's self-media platform (``ifeng-2019.html``, without the table the sample's authors added for a test);
- mic1on/GerapyAutoExtractor ``samples/detail/gov_news.html``: a 2024 city government's recruitment notice
  (``gov-kaili-2024.html``: its ``<head>`` is the title only);
- gaoconghello/GerapyAutoExtractor ``datasets/detail/``: a 2025 portal story republishing a broadcaster's report
  (``news_sina_com_cn_doc_ineuawwe3545250_shtml.html`` as ``sina-2025.html``), the portal's self-media story
  from a broadcaster's account (``k_sina_com_cn_article_1645705403_621778bb02001clto_html.html`` as
  ``ksina-2025.html``, its ``<head>`` reduced to the charset) and a 2025 tech outlet's WordPress post
  (``qbitai_com_275178_html.html`` as ``qbitai-2025.html``, its second half cut), and in ``datasets/test/detail/``
  a 2025 BBC Chinese feature (``bbc_com_simp.html`` as ``bbc-zh-2025.html``, its second half cut);
  ``datasets/detail/36kr_com_3261053335240450.html``, a tech aggregator's republished WeChat story
  (``36kr-2025.html``, its ``<head>`` reduced to the charset, its text and side lists shortened) and
  ``163_com_JU7IIQF90511B8LM_html.html``, a portal's self-media story from a tech outlet (``163-2025.html``, its
  ``<head>`` reduced to the charset, the comment box shortened).

Each test states the mechanism the page showed.
"""

from __future__ import annotations

import pytest
from tests.support.pages import extract_page

from newsmend.fields.lines import LabelledValue, is_caption, is_copyright, labelled_values
from newsmend.fields.people import closing_reporters, republished_credit, split_names


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("……将重点考虑对抗通货膨胀。（某台记者 张三）", ["张三"]),
        ("……择期宣判。（总台某某记者 张三 李四）", ["张三", "李四"]),
        ("……他说。（某报驻东京记者 王五 报道）", ["王五"]),
        ("……现场。（记者 张三 摄）", []),  # a photographer's credit
        ("……他说。（完）", []),
        ("市民可到现场咨询（记者 张三）。", []),  # not closing the paragraph
    ],
)
def test_mainland_closing_credit(paragraph: str, names: list[str]) -> None:
    """Mainland outlets close a story with the reporters in brackets after the outlet's ``记者``, no place."""
    assert closing_reporters(paragraph) == names


def test_portal_story_credits_the_reporter_closing_the_text() -> None:
    """``<meta property="article:author" content="央视">`` names the broadcaster, the last paragraph's
    ``（央视记者 X）`` its reporter; the ``责任编辑`` line is the portal's editor."""
    article = extract_page("unseen-zh3/sina-2025.html")
    assert article.title == "特朗普：无意解雇鲍威尔 但美联储应该降低利率"
    assert article.author == ["刘骁骞"]
    assert article.source == "央视"
    assert article.editor == "刘德宾"
    assert str(article.date).startswith("2025-04-23")
    assert article.body.endswith("（央视记者 刘骁骞）")


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("某某 | 公众号 AbcDef", [LabelledValue("source", "公众号", "某某")]),
        ("某某｜微信公众号：abc_def", [LabelledValue("source", "公众号", "某某")]),
        ("张三 发自 北京", [LabelledValue("author", "发自", "张三")]),
        ("记者 张三 李四 发自 上海", [LabelledValue("author", "发自", "张三 李四")]),
        ("善良是发自本心的", []),  # prose: no spaces set the names apart
    ],
)
def test_wechat_first_head_lines(line: str, values: list[LabelledValue]) -> None:
    """WeChat-first outlets open a story with the author and where it was filed from (``X 发自 Y``) and the
    account's masthead (``outlet | 公众号 account``)."""
    assert labelled_values(line) == values


def test_account_masthead_leaves_the_text() -> None:
    """``量子位 | 公众号 QbitAI`` under the contributor's line, the fourth line of the text, is the masthead of
    the outlet's WeChat account: no text, wherever it stands."""
    article = extract_page("unseen-zh3/qbitai-2025.html")
    assert article.title == "具身空间数据技术的路线之争：合成重建VS全端生成"
    assert article.author == ["十三"]
    assert article.source == "量子位"
    assert "公众号" not in article.body
    assert "具身智能的突破离不开高质量数据。" in article.body.split("\n\n")[:4]


@pytest.mark.parametrize(
    "line",
    [
        "特别声明：以上文章内容仅代表作者本人观点，不代表某某网观点或立场。",
        "“特别声明：以上作品内容(包括在内的视频、图片或音频)为某某号用户上传并发布，本平台仅提供信息存储空间服务。",
    ],
)
def test_platform_disclaimers_are_notices(line: str) -> None:
    """Self-media platforms close a story with a ``特别声明：`` disclaimer (quoted, on one portal)."""
    assert is_copyright(line)
    assert is_copyright(line, mid_text=True)


@pytest.mark.parametrize(
    ("line", "caption"),
    [("△美国国务卿某某（资料图）", True), ("某某在发布会上（资料图）", True), ("这是△形状的标记。", False)],
)
def test_triangle_and_bracketed_captions(line: str, caption: bool) -> None:
    """Mainland broadcasters and tech outlets open a caption with ``△``; ``（资料图）`` closes one."""
    assert is_caption(line) is caption


def test_self_media_story_closing_disclaimer() -> None:
    """The platform's ``特别声明：…`` box after the text is its disclaimer, not its last paragraph; the ``△`` line under
    the photo is listed as a caption; the closing ``（央视记者 X）`` credits the reporter."""
    article = extract_page("unseen-zh3/ksina-2025.html")
    assert article.title == "外交系统数十年来最大变革 美国务院将进行全面重组"
    assert article.author == ["许骁"]
    assert article.body.endswith("（央视记者 许骁）")
    assert article.disclaimer is not None and article.disclaimer.startswith("特别声明：")
    assert article.captions == ["△美国国务卿鲁比奥（资料图）"]


def test_glossed_foreign_names() -> None:
    """A transliterated name glossed with its original spelling in brackets is the Han name."""
    value = "琳达·普雷斯利（Linda Pressly）& 埃斯佩兰萨·埃斯克里巴诺（Esperanza Escribano）"
    assert split_names(value) == ["琳达·普雷斯利", "埃斯佩兰萨·埃斯克里巴诺"]


def test_spoken_byline_label_and_image_source() -> None:
    """Labels written for screen readers end in a comma: ``Author, X`` is a byline, ``图像来源，X`` an image's
    credit."""
    byline = "张三（Jane Doe）& 李四"
    assert labelled_values(f"Author, {byline}") == [LabelledValue("author", "Author", byline)]
    assert labelled_values("Authorities say the road is closed") == []
    assert is_caption("图像来源，Family handout")


def test_photo_lines_do_not_push_the_byline_off_the_text_edge() -> None:
    """Under the headline a photo's credit and caption come before the byline list (``Author, X & Y``, then the
    date): counted as text lines they pushed the byline past the edge where bylines are taken out of the text."""
    article = extract_page("unseen-zh3/bbc-zh-2025.html")
    assert article.author == ["琳达·普雷斯利", "埃斯佩兰萨·埃斯克里巴诺"]
    assert "Author," not in article.body
    assert "2025年4月22日早上8点12分" not in article.body
    assert "图像加注文字，2025年2月9日，莉娜在家中去世。" in article.captions


def test_self_media_agency_story_reads_right() -> None:
    """The agency's name stands where the platform's account is (``中国新闻网``), the date under it; the closing
    ``作者：X Y`` line in the quoted block credits the two reporters; the platform's disclaimer is the disclaimer."""
    article = extract_page("unseen-zh3/ifeng-2019.html")
    assert article.title == "故宫，你低调点！故宫：不，实力已不允许我继续低调"
    assert article.author == ["上官云", "宋宇晟"]
    assert article.source == "中国新闻网"
    assert str(article.date) == "2019-02-20T02:26:00"
    assert article.body.endswith("你期待吗？")
    assert article.disclaimer is not None and "特别声明" in article.disclaimer


def test_government_notice_reads_right() -> None:
    """A city government's notice: the site's name before the title (``X人民政府- <title>``) goes, the issuing
    bureau under ``来源：`` is the source, the contact lines close the text with the first annex's line (a link naming
    the attached sheet, ``附件1：….xlsx``, is the notice's own text) and the previous/next links are out."""
    article = extract_page("unseen-zh3/gov-kaili-2024.html")
    assert article.title == "凯里市教育系统2024年公开招聘事业单位工作人员实施方案"
    assert article.source == "凯里市人力资源和社会保障局"
    assert str(article.date) == "2024-06-27T16:18"
    annex = "附件1：凯里市教育系统2024年公开招聘事业单位工作人员岗位及要求一览表.xlsx"
    assert article.body.endswith(f"监督电话：0855-8222559\n\n{annex}")
    assert "上一篇" not in article.body


def test_in_page_jump_link_is_no_part_of_the_source() -> None:
    """``来源：X<a href="#zw_cyhd"><img alt="参与互动">参与互动</a>``: a link to a section of the page itself (the
    comment box) is an interface control after the value (the unseen-zh2 audit's commentary page)."""
    article = extract_page("unseen-zh2/chinanews-2020.html")
    assert article.source == "求是网"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("本文来自微信公众号 “某某榜”（ID：abcdef），作者：张三，某某经授权发布。", ("某某榜", ["张三"])),
        ("本文转载自某某日报，作者：张三 李四", ("某某日报", ["张三", "李四"])),
        ("本文来自某某新闻，更多原创资讯请下载“某某新闻”APP", ("某某新闻", [])),
        ("本文来自网络，如有侵权请联系删除。", None),
        ("本文来自某某客户端自媒体，不代表某某网的观点和立场。", None),
    ],
)
def test_republication_credits(line: str, credit: tuple[str, list[str]] | None) -> None:
    """Aggregators close a republished story with the outlet (a WeChat account's name in quotes, its ID in
    brackets) and the author."""
    assert republished_credit(line) == credit


def test_republished_story_reads_its_outlet_and_author() -> None:
    """The closing ``本文来自微信公众号 “字母榜”（ID：…），作者：彦飞，36氪经授权发布。`` gives the source and the
    author (the link under the headline names the account), and leaves the text."""
    article = extract_page("unseen-zh3/36kr-2025.html")
    assert article.title == "豆包斗元宝，开始拼社交"
    assert article.author == ["彦飞"]
    assert article.source == "字母榜"
    assert str(article.date) == "2025-04-22T17:09"
    assert "本文来自" not in article.body
    assert article.body.startswith("随着微信接入元宝、抖音接入豆包")


def test_portal_self_media_story_reads_right() -> None:
    """``来源: <a>IT之家</a><img>山东``: the source is the linked outlet, not the poster's province after the
    location icon; the platform's 特别声明 box and the comment box stay out of the text."""
    article = extract_page("unseen-zh3/163-2025.html")
    assert article.title == "奥尔特曼称GPT-4o出现“谄媚烦人”倾向，OpenAI计划在一周内修复"
    assert article.source == "IT之家"
    assert str(article.date) == "2025-04-28T08:54:16"
    assert article.body.startswith("IT之家 4 月 28 日消息")
    assert article.body.endswith("但也失去了作为 AI 的中立立场。")
