from django.db import models


class Customer(models.Model):
    """A buyer account.

    Rows are soft-deleted on account closure and purged from Postgres after
    90 days; backups roll off after 35 days. (That is our own database
    retention - it says nothing about what model providers keep.)
    """

    email = models.EmailField(unique=True)
    phone_number = models.CharField(max_length=32, blank=True)
    first_name = models.CharField(max_length=80)
    last_name = models.CharField(max_length=80)
    date_of_birth = models.DateField(null=True)
    shipping_address = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Customer {self.pk}"


class SellerProfile(models.Model):
    user = models.OneToOneField("auth.User", on_delete=models.CASCADE)
    shop_name = models.CharField(max_length=120)
    tax_id = models.CharField(max_length=32, blank=True)
    iban = models.CharField(max_length=34, blank=True)
    payout_currency = models.CharField(max_length=3, default="EUR")
    kyc_status = models.CharField(max_length=16, default="pending")
