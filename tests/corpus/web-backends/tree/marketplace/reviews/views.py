import json

from django.contrib.auth.decorators import login_required
from django.forms.models import model_to_dict
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from marketplace.accounts.models import Customer
from marketplace.accounts.serializers import CustomerSerializer
from marketplace.llm import CLAUDE_MODEL, foundry_client
from marketplace.reviews.models import Review


@login_required
@require_POST
def suggest_reply(request, review_id):
    """Suggest a seller reply to a product review."""
    review = Review.objects.select_related("product").get(pk=review_id)
    user = request.user
    profile = json.dumps(model_to_dict(user), default=str)
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=400,
        messages=[
            {
                "role": "user",
                "content": f"Seller profile: {profile}\n\nReview ({review.rating}/5): {review.text}\n\nDraft a reply.",
            }
        ],
    )
    return JsonResponse({"reply": msg.content[0].text})


@login_required
def loyalty_pitch(request, customer_id):
    customer = Customer.objects.get(pk=customer_id)
    data = CustomerSerializer(customer).data
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": "Pitch our loyalty plan to this buyer:\n" + json.dumps(data)}],
    )
    return JsonResponse({"pitch": msg.content[0].text})


@login_required
def review_sentiment(request, review_id):
    review = Review.objects.get(pk=review_id)
    # Only the review text and star rating; the reviewer stays anonymous.
    msg = foundry_client.messages.create(
        model=CLAUDE_MODEL,
        max_tokens=20,
        messages=[{"role": "user", "content": f"{review.rating} stars: {review.text}\nSentiment (pos/neu/neg)?"}],
    )
    return JsonResponse({"sentiment": msg.content[0].text.strip()})
