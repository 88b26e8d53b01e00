
#!/bin/sh
# Shell (test cases): environment dumps and secret files in a curl body; statement order.
E="https://contoso.services.ai.azure.com/anthropic/v1/messages"
runtime_env=$(printenv | sort) # expect: sensitive-data/environment-dump
curl -s "$E" -d "{\"messages\":[{\"role\":\"user\",\"content\":\"$runtime_env\"}]}"
cfg=$(cat .env) # expect: sensitive-data/secret-file
curl -s "$E" -d "{\"messages\":[{\"role\":\"user\",\"content\":\"$cfg\"}]}"
payload='{"messages":[{"role":"user","content":"hello"}]}'
curl -s "$E" -d "$payload"
payload=$(cat config/.env)
echo "$payload" > /tmp/backup.txt
