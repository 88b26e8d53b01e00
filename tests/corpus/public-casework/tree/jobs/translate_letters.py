"""Translate decision letters into Welsh or Polish with Azure OpenAI (gpt-4o).

Our Azure OpenAI deployment has modified abuse monitoring approved, so
Microsoft does not store these prompts. This job does not use Claude.
"""

import os

from openai import AzureOpenAI

aoai = AzureOpenAI(
    azure_endpoint="https://jbs-aoai-uks.openai.azure.com",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    api_version="2024-10-21",
)


def translate(letter: dict, language: str) -> str:
    resp = aoai.chat.completions.create(
        model="gpt-4o-translate",
        messages=[
            {"role": "system", "content": f"Translate the letter into {language}."},
            {
                "role": "user",
                "content": (
                    f"{letter['body']}\n"
                    f"NINO: {letter['national_insurance_number']}\n"
                    f"Date of birth: {letter['date_of_birth']}\n"
                    f"Address: {letter['home_address']}"
                ),
            },
        ],
    )
    return resp.choices[0].message.content
