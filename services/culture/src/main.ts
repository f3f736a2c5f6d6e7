import 'reflect-metadata';
import { runMain } from '@shanzhi/kit';
import culture from './service';

runMain(culture);
