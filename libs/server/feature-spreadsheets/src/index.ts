export * from './container/xlsx-container';
export * from './import/import-columns';
export * from './import/read-sheet';
export * from './import/validate-rows';
export * from './template/list-workbook';
