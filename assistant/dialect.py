"""Cantonese as Guangzhou residents type it, read as the written Mandarin the plan is in.

「琶洲一年辦幾多場展覽？」 asks 「辦多少場」; 「規劃有冇講…」 asks 「有沒有講」. The rules that read a
question (what it asks for, whether it is a claim, which words are its topic) and the keyword
search are written for Mandarin, so a question is read through this first. Only words that
written Mandarin does not use are replaced, each in the question's own script; the asker's
words are still what the answer shows.
"""

from __future__ import annotations

import re

from corpus.text import is_simplified_query, to_traditional

# what 話 ends when it is a word, not "says": 電話, 說話, 對話, 通話, 講話, 童話, 神話, 笑話, 廢話, 閒話, 情話, 佳話
_NOT_SAYS = "電电說说對对通講讲童神笑廢废閒闲情佳"

# (Cantonese, both scripts) → Mandarin (Simplified; written in Traditional for a Traditional question)
_WORDS: tuple[tuple[str, str], ...] = (
    (r"起(?=咗[^身床])", "建"),  # 「起咗幾長嘅碧道」: built (before 咗 is read as 了)
    (r"[係系]咪|[係系]唔[係系]", "是不是"),
    (r"有冇", "有没有"),
    (r"冇", "没有"),
    (r"嘅", "的"),
    (r"咗", "了"),
    (r"喺", "在"),
    # (ending a doubt, 咩 asks yes or no: 「真係加咗咁多咩？」; 「個名係咩？」 asks what)
    (r"(真[係系][^？?。]*?)咩(?=[？?！!。\s]*$)", r"\1吗"),
    # (after a negative it asks back, yes or no: 「唔怕嚇親雀仔咩？」 is 不怕…吗)
    (r"(唔[^，,？?。]{1,12}?)咩(?=\s*[？?！!。])", r"\1吗"),
    (r"乜嘢|咩|乜", "什么"),
    (r"[嗰𠮶]度", "那里"),  # 「智慧鄉村嗰度」: that part, there
    (r"[嗰𠮶]", "那"),
    (r"(?<=[啲些])嘢", "东西"),  # 「呢啲嘢」 these things
    (r"啲", "些"),
    (r"佢[哋地]", "他们"),
    (r"佢", "它"),
    (r"睇", "看"),
    (r"[搵揾]", "找"),
    (r"[畀俾]", "给"),
    (r"嚟", "来"),
    (r"唔", "不"),
    (r"啱", "对"),
    (r"起(?=[一兩两幾几]?[間间座棟栋幢])", "建"),  # 「起一間粵劇院」: to put up a building
    # opening a follow-up that names a new thing and asks of it, 咁 is "then": 「咁X呢？有幾大？」
    # (not 「咁X方面呢」, a side of what was just answered, nor 「咁之後…」)
    (r"^咁(?=[^，,。？?\s]{2,20}(?<!方面)呢[？?]\s*\S)", "那"),
    # … or alone (「咁另外嗰個X呢？」), or pointing at another thing (「咁“藝術名片”嗰個，…」)
    (r"^咁(?![之然][後后])(?=[^，,。？?\s]{2,20}(?<!方面)呢[？?]*\s*$|\s*(?:另外|嗰|“|「))", "那"),
    (r"咁(?=\s*[？?！!。]|\s*$)", "这样"),  # ending a sentence, 咁 is "so": 「真係咁？」 is it really so
    (r"咁", "这么"),
    (r"噉", "这样"),
    (r"而家", "现在"),
    (r"[點点][樣样]", "怎样"),
    (r"[幾几]多|[幾几](?=[錢钱])", "多少"),
    (r"[幾几]耐", "多久"),  # how long
    (r"(?<=[\d一二两兩三四五六七八九十百千万萬幾几])蚊", "元"),  # 「每小時收10蚊」: yuan (not 「蚊好多」)
    (r"[幾几](?=[長长高遠远闊阔深])", "多"),  # 「幾長」 how long, 「幾高」 how high
    (r"[邊边]度", "哪里"),
    (r"呢度", "这里"),
    (
        r"(?<![旁两兩那这這身周左右外里裡上下东東西南北海江河湖路街岸])[邊边](?=[個个間间條条啲些位處处幾几種种項项類类一二兩两三四五六七八九十年家所座段期])",
        "哪",
    ),
    (r"呢(?=[個个度啲些排次種种間间條条位])", "这"),
    (r"呢(?=[一二兩两三四五六七八九十幾几\d]+[個个年次間间條条位種种項项])", "这"),  # 「呢五年」 these five years
    (r"(?<=[在去到])[邊边](?![\u4e00-\u9fff])", "哪里"),  # 「新址喺邊?」
    (r"[點点]解", "为什么"),
    (r"(?<=[算做搞辦办講讲])[點点](?![\u4e00-\u9fff])|[點点](?=[做搞辦办講讲處处])", "怎么"),
    (r"入面", "里面"),
    (r"[幾几]大(?=\s*[?？。！!呀啊㗎、，,]|\s*$)", "多大"),  # 「有幾大？」 how big (not 「哪幾大產業」)
    (r"(?<=[幾几多][個个])[鐘钟](?:[頭头])?", "小时"),  # 「幾個鐘」 hours  # 「打算點?」「點做」
    (r"仲(?=[會会有要係系是可未在])", "还"),
    (r"㗎|(?<=真)架(?=\s*[?？!！]|\s*$)", "的"),  # 「係咪真㗎?」
    (r"起(?=[一兩两幾几]?[個个座間间棟栋幢])", "建"),  # 「喺琶洲起一個…」 build
    # 「十四五又點安排?」 how (not 重點, 節點, 地點…)
    (
        r"(?<![重焦熱热試试節节站景亮特優优觀观論论地據据起終终缺要盲難难])[點点](?=安排|處理|处理|發展|发展|推進|推进|落實|落实|建)",
        "怎么",
    ),
    # 「規劃話要…」「佢話」: says (not 對話, 電話)
    # (and before what is said: 「我阿哥話，…」「文章話：「…」」; not 「呢句話：」)
    (
        rf"(?<=[劃划要佢冇們们])[話话]|(?<![{_NOT_SAYS}])[話话](?=[要會会])|(?:(?<=[係系是咪])|(?<=[綱纲]要|前言|文件|報告|报告|新聞|新闻))[話话](?![劇剧題题筒語语])"
        rf"|(?<![{_NOT_SAYS}句的段這这那些番實实真])[話话](?=\s*[，,：:「“『])",
        "说",
    ),
    # 同 (埋) joins two things (「城中村改造同舊街區改造」), outside the words it forms (同比, 共同, 同時)
    (r"同埋", "和"),
    (
        r"(?<![共相不合協协陪如會会連连贊赞認认雷趨趋混陣阵等])同"
        r"(?![比步時时等一意級级類类志城心樣样期年學学事伴胞盟行業业仁質质化屬属])",
        "和",
    ),
    # a classifier standing for 一 + classifier after a verb of making: 「搞條紅色產業鏈」 is 「搞一條…」
    (r"(?<=[搞整])(?=[條条])", "一"),
    # 「會整個平台」: after 會 or 要, 整個 makes one (written Mandarin's 整个, "the whole", follows no such verb)
    (r"(?<=[會会要想])整(?=[個个間间座])", "搞一"),
    # the copula 係 (not 關係, 聯係: in written Mandarin 係 is only ever part of a word)
    (r"(?<![關关聯联干幹體体派維维])係", "是"),
    # … typed in Simplified as 系 (真系, 唔系, 定系, 净系, 都系): only after such a word, since 系 is a
    # written Mandarin word of its own (系统, 体系, 关系)
    (
        r"(?<=[真唔不定净淨都就又])系(?![统統列数數])|系(?=什么|什麼)|(?<![体體关關派世谱譜联聯维維直])系(?=由|哪[个個位]|谁|誰)",
        "是",
    ),
)
_PATTERNS = tuple((re.compile(p), m) for p, m in _WORDS)

# English words Guangzhou and Hong Kong speakers drop into Chinese (「文化嗰part」, 「有冇plan」)
_MIXED_IN = {
    "part": "部分",
    "plan": "计划",
    "level": "级别",
    "check": "查",
    "chance": "机会",
    "show": "展示",
    "case": "个案",
    "project": "项目",
    "target": "目标",
    "deadline": "期限",
    "budget": "预算",
    "quota": "名额",
}
_MIXED_WORD = re.compile(
    rf"(?<=[\u4e00-\u9fff])\s*({'|'.join(_MIXED_IN)})(?![A-Za-z])\s*(?=[\u4e00-\u9fff?？,，。!！]|$)", re.I
)


def to_mandarin(text: str) -> str:
    """`text` with its Cantonese words put in written Mandarin, in the text's own script."""
    # (嗰 is one character in both scripts, though the converter reads it as Traditional)
    traditional = not is_simplified_query(text.replace("嗰", ""))

    def mixed_in(m: re.Match[str]) -> str:
        word = _MIXED_IN[m.group(1).lower()]
        return to_traditional(word) if traditional else word

    text = _MIXED_WORD.sub(mixed_in, text)  # (only after a Chinese word: an English question keeps its words)
    for pattern, mandarin in _PATTERNS:
        if pattern.search(text):
            text = pattern.sub(to_traditional(mandarin) if traditional else mandarin, text)
    return text
