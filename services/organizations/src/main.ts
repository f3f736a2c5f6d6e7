import 'reflect-metadata';
import { runMain } from '@shanzhi/kit';
import organizations from './service';

runMain(organizations);
