"""Extract: argumentative units (claims and premises), their attributes, relations and arguments
from parsed sentences, one extractor family per module:

- `clauses`: where a sentence is cut; `frames`: attitude frames; `holders`: who holds a unit;
- `filters`: what is no unit; `attributes`: type, polarity, hedging, target, analogy source;
- `units`: a sentence's units and the discourse state across sentences;
- `relations`, `arguments`: links between units and the arguments they make;
- `document`: one document, pure; `stage`: the corpus stage that writes the tables.

Every Japanese word the rules react to, and every threshold, is in `cues`.
"""
