import type { Gender } from './lexicon';
import type { RegistryTables } from './registry';

/** A person as known across the corpus. */
export interface Person {
  /** Canonical full name, e.g. "Jens Stoltenberg". */
  name: string;
  /** Surname, full name, titled forms, run-together forms seen. */
  aliases: string[];
  /** Roles seen before the name, e.g. "NATO Secretary General", "Secretary of State". */
  roles: string[];
  gender?: Gender;
}

/** People of a corpus and the lookups over them. */
export interface PeopleRegistry {
  people: Person[];
  /**
   * Finds the person a mention refers to: full name, surname, "Mr. X", a
   * run-together form, or a role ("NATO Secretary General", "the
   * secretary-general") when only one person holds it. Case-insensitive.
   */
  lookup(mention: string): Person | undefined;
  /** The canonical name for `name`, or `name` itself when it is not a known person. */
  canonical(name: string): string;
  /** The lookup tables (persisted with a cached corpus). */
  tables?: RegistryTables;
  /** Readies lookups ahead of the first one, pausing between slices (see `prepareKnownNames`). */
  prepare?(pause: () => Promise<void> | void): Promise<void>;
}
