€# fg-test: repo-foundry
# A client passed in: it counts as a Foundry client because the repository
# configures Claude on Foundry elsewhere.
def triage(client, patient):
    return client.messages.count_tokens(
        model="m",
        messages=[{"role": "user", "content": patient.medical_record_number}],  # expect: sensitive-data/health-field
    )
