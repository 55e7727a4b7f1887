"""A linear-chain CRF decoder for models trained by CRFsuite, in pure Python.

CRFsuite (python-crfsuite) trains the tagger (``scripts/train_ner.py``); tagging runs
here. A CRFsuite tagger takes every token's attributes as strings and looks each one up
in the model; the same word brings the same attributes every time it appears, so
:mod:`events_cli.extract.ner` sums a word's weights once and caches them, and this
module only adds them up and decodes. The labels are the ones CRFsuite gives
(``tests/test_crf.py`` checks that on whole corpora).

The model file is CRFsuite's own format (``crf1d_model.c`` in CRFsuite's sources):

* a 48-byte header: magic ``lCRF``, size, type ``FOMC``, version, then counts and offsets
  of the chunks, all little-endian uint32;
* ``FEAT``: the features, 20 bytes each: type (0 an attribute's weight for a label,
  1 a transition from a label to a label), source id, destination id, weight (double);
* two ``CQDB`` chunks, the label and the attribute names, each with a backward array
  from id to a record ``(id, size, bytes + NUL)``.
"""
from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["CRFModel", "ModelError"]

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_CQDB = struct.Struct("<4sIIIII")
_FEATURE = struct.Struct("<IIId")


class ModelError(ValueError):
    """The file is not a CRFsuite model this module can read."""


def _names(buf: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk at ``offset``, in id order."""
    chunk, _size, _flag, _order, count, bwd = _CQDB.unpack_from(buf, offset)
    if chunk != b"CQDB":
        raise ModelError("no string table at offset %d" % offset)
    out = [""] * count
    for (rel,) in struct.iter_unpack("<I", buf[offset + bwd: offset + bwd + 4 * count]):
        ident, ksize = struct.unpack_from("<iI", buf, offset + rel)
        start = offset + rel + 8
        out[ident] = buf[start: start + ksize - 1].decode("utf-8")
    return out


class CRFModel:
    """A CRFsuite model: its labels, the weights of its attributes, its transitions.

    ``attributes[name]`` is the row of ``weights`` (one column per label) holding that
    attribute's weights; the last row is all zeros, for attributes the model does not know.
    ``transitions[a, b]`` is the weight of label ``b`` right after label ``a``.
    """

    def __init__(self, labels: list[str], attributes: dict[str, int], weights, transitions):
        import numpy as np

        self.labels = tuple(labels)
        self.attributes = attributes
        self.weights = np.asarray(weights, dtype=np.float64)
        self.transitions = np.asarray(transitions, dtype=np.float64)
        self.unknown = len(self.weights) - 1

    @classmethod
    def load(cls, path: str | Path) -> "CRFModel":
        buf = Path(path).read_bytes()
        try:
            return cls._parse(buf)
        except (struct.error, IndexError, UnicodeDecodeError) as exc:
            raise ModelError(f"{path}: not a readable CRFsuite model ({exc})") from None

    @classmethod
    def _parse(cls, buf: bytes) -> "CRFModel":
        import numpy as np

        (magic, _size, kind, _version, _nf, n_labels, n_attrs, off_features, off_labels, off_attrs,
         _off_lrefs, _off_arefs) = _HEADER.unpack_from(buf, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelError("not a CRFsuite CRF1d model")
        labels = _names(buf, off_labels)
        attrs = _names(buf, off_attrs)
        if len(labels) != n_labels or len(attrs) != n_attrs:
            raise ModelError("label or attribute count does not match the header")
        chunk, _size, count = _CHUNK.unpack_from(buf, off_features)
        if chunk != b"FEAT":
            raise ModelError("no feature chunk")
        start = off_features + _CHUNK.size
        feats = np.frombuffer(buf, dtype=_FEATURE_DTYPE, count=count, offset=start)
        if np.any(feats["type"] > 1) or np.any(feats["dst"] >= n_labels):
            raise ModelError("unknown feature type or label")
        weights = np.zeros((n_attrs + 1, n_labels))
        trans = np.zeros((n_labels, n_labels))
        state = feats[feats["type"] == 0]
        np.add.at(weights, (state["src"], state["dst"]), state["weight"])
        moves = feats[feats["type"] == 1]
        np.add.at(trans, (moves["src"], moves["dst"]), moves["weight"])
        return cls(labels, {a: i for i, a in enumerate(attrs)}, weights, trans)

    def ids(self, attributes) -> list[int]:
        """The rows of the attributes the model knows."""
        get = self.attributes.get
        return [i for i in map(get, attributes) if i is not None]

    def score(self, attributes):
        """The summed weights of ``attributes`` per label (unknown ones weigh nothing)."""
        return self.weights[self.ids(attributes)].sum(axis=0)

    def decode(self, emissions, lengths) -> "np.ndarray":
        """The best label (index) of every token of many sequences at once.

        ``emissions`` holds the tokens' scores per label, the sequences one after the
        other; ``lengths`` their lengths. Viterbi runs over all sequences together, one
        step per token position, on the sequences that are that long; ties go to the
        lower label index, as in CRFsuite.
        """
        import numpy as np

        emissions = np.asarray(emissions, dtype=np.float64)
        lengths = np.asarray(lengths, dtype=np.int64)
        labels = np.zeros(len(emissions), dtype=np.int64)
        lengths_nz = lengths[lengths > 0]
        if not len(lengths_nz):
            return labels
        starts = np.zeros(len(lengths), dtype=np.int64)
        np.cumsum(lengths[:-1], out=starts[1:])
        starts = starts[lengths > 0]
        order = np.argsort(-lengths_nz, kind="stable")  # longest first: the live ones are a prefix
        starts, lens = starts[order], lengths_nz[order]
        longest = int(lens[0])
        # live[t]: how many sequences are longer than t
        live = np.searchsorted(-lens, -np.arange(longest), side="left")
        trans = self.transitions
        delta = emissions[starts]
        back = [None]
        for t in range(1, longest):
            n = live[t]
            scores = delta[:n, :, None] + trans  # [sequence, from, to]
            back.append(scores.argmax(axis=1))
            delta[:n] = scores.max(axis=1) + emissions[starts[:n] + t]
        cur = delta.argmax(axis=1)
        rows = np.arange(len(lens))
        for t in range(longest - 1, -1, -1):
            n = live[t]
            labels[starts[:n] + t] = cur[:n]
            if t:
                cur[:n] = back[t][rows[:n], cur[:n]]
        return labels


_FEATURE_DTYPE = [("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")]
