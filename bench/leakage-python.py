# What a researcher writes to check train/eval overlap: json.loads per line, sets, intersection.
# Same normalisation as Sprintlab's default (NFKC, case folding, whitespace collapse).
import json
import sys
import unicodedata


def norm(text):
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


train_path, eval_path = sys.argv[1], sys.argv[2]
eval_ids, eval_texts = set(), set()
with open(eval_path, encoding="utf-8") as f:
    for line in f:
        row = json.loads(line)
        eval_ids.add(str(row["id"]))
        eval_texts.add(norm(row["text"]))

train_ids, train_texts = set(), set()
with open(train_path, encoding="utf-8") as f:
    for line in f:
        row = json.loads(line)
        train_ids.add(str(row["id"]))
        train_texts.add(norm(row["text"]))

print(json.dumps({"exact_id": len(eval_ids & train_ids), "exact_content": len(eval_texts & train_texts)}))
