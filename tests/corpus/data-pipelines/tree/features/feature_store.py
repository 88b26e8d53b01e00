"""Online feature-store lookups used to ground Claude's next-best-offer text."""
from __future__ import annotations

from feast import FeatureStore

from etl.foundry_client import MODEL, client

store = FeatureStore(repo_path="features/repo")

NBO_FEATURES = [
    "shopper_stats:orders_30d",
    "shopper_stats:avg_basket",
    "shopper_stats:top_category",
    "shopper_profile:home_address",
]


def next_best_offer(shopper_key: str) -> str:
    """shopper_key is the salted hash from the identity graph, not an e-mail."""
    feats = store.get_online_features(
        features=NBO_FEATURES[:3], entity_rows=[{"shopper_key": shopper_key}]
    ).to_dict()
    reply = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[
            {
                "role": "user",
                "content": f"Shopper {shopper_key}: {feats['orders_30d'][0]} orders in 30 days, "
                f"avg basket {feats['avg_basket'][0]}, likes {feats['top_category'][0]}. "
                "Suggest one offer.",
            }
        ],
    )
    return reply.content[0].text


def local_store_offer(shopper_key: str) -> str:
    feats = store.get_online_features(
        features=NBO_FEATURES, entity_rows=[{"shopper_key": shopper_key}]
    ).to_dict()
    where = feats["home_address"][0]
    reply = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[
            {"role": "user", "content": f"Which of our stores is nearest to {where}?"}
        ],
    )
    return reply.content[0].text
