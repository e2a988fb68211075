// Every `intercede bible …` command, in the order `intercede bible --help` lists them.
import type { Command } from '../../platform/cli/command.js';
import { bibleInstallCommand } from './bible-install.command.js';
import { bibleListCommand } from './bible-list.command.js';
import { bibleReadCommand } from './bible-read.command.js';
import { bibleRefsCommand } from './bible-refs.command.js';
import { bibleSearchCommand } from './bible-search.command.js';
import { bibleTopicCommand } from './bible-topic.command.js';

/** The bible commands. */
export const bibleCommands: readonly Command[] = [
  bibleInstallCommand,
  bibleListCommand,
  bibleReadCommand,
  bibleSearchCommand,
  bibleRefsCommand,
  bibleTopicCommand,
];
