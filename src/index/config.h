/*
 * config.h - configuration files as facts for the repository index: the
 * keys whose value is a Claude on Foundry endpoint, another Azure AI
 * endpoint or a Claude model id (appsettings*.json,
 * application*.yml, *.properties, .env), and go.mod's module path.
 */
#ifndef FG_INDEX_CONFIG_H
#define FG_INDEX_CONFIG_H

#include "index.h"

/*
 * Adds what the file at path (its text: data, len) tells the index to
 * *into, creating it when needed.  Only files that name an Azure host or a
 * Claude model, or go.mod files, are read past a byte search.
 */
void fg_config_facts(fg_facts **into, const char *path, const char *data, size_t len);

#endif
