/**
 * Loads the customers file for the support commands. The configured default
 * file is optional (rules that need customer data then simply never match);
 * a file named on the command line must exist.
 */
import { existsSync } from 'node:fs';
import { createCustomerDirectory, noCustomers, type CustomerDirectory } from './customer-directory.ts';
import { customerSchema } from './customer-schema.ts';
import { readTableFile } from './read-table-file.ts';

/** The customer directory from `file`; empty when an optional file is absent. */
export function loadCustomers(file: string, required: boolean): CustomerDirectory {
  if (!required && !existsSync(file)) return noCustomers;
  return createCustomerDirectory(readTableFile(file, customerSchema, 'customers'));
}
