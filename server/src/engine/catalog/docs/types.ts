export interface KeyDoc {
  roles: 'broker' | 'controller' | 'both';
  en: string;
  zh: string;
}
