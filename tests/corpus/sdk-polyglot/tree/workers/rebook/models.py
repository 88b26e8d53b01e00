from dataclasses import dataclass


@dataclass
class Traveller:
    traveller_id: str
    full_name: str
    email: str
    phone: str
    date_of_birth: str
    passport_number: str
    home_address: str
    frequent_flyer: str
